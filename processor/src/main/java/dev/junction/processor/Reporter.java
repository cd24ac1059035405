package dev.junction.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reports {@link Diagnostic}s on the most precise place available (the annotation value, else the annotation,
 * else the element) and counts the errors, so that nothing is written for a model that has any.
 */
final class Reporter {

    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports on the element itself. */
    void report(Diagnostic diagnostic, Element element, Object... args) {
        report(diagnostic, element, null, null, args);
    }

    /** Reports on one member of an annotation of the element, or on the annotation when that member is defaulted. */
    void report(Diagnostic diagnostic, Element element, AnnotationMirror annotation, String member, Object... args) {
        AnnotationValue value = annotation == null || member == null ? null : explicitValue(annotation, member);
        String message = diagnostic.format(args);
        if (value != null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation, value);
        } else if (annotation != null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation);
        } else {
            messager.printMessage(diagnostic.kind(), message, element);
        }
        if (diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
    }

    /** The number of errors reported so far. */
    int errorCount() {
        return errors;
    }

    private static AnnotationValue explicitValue(AnnotationMirror annotation, String member) {
        for (var entry : annotation.getElementValues().entrySet()) {
            ExecutableElement method = entry.getKey();
            if (method.getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
