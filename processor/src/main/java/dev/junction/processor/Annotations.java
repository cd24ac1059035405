package dev.junction.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The names of Junction's annotations, and reading their values through mirrors (no annotation classes needed). */
final class Annotations {

    static final String PACKAGE = "dev.junction.annotation";
    static final String MODEL = PACKAGE + ".Model";
    static final String CONNECTION = PACKAGE + ".Connection";
    static final String ID = PACKAGE + ".Id";
    static final String COLUMN = PACKAGE + ".Column";
    static final String TRANSIENT = PACKAGE + ".Transient";
    static final String HAS_MANY = PACKAGE + ".HasMany";
    static final String BELONGS_TO = PACKAGE + ".BelongsTo";
    static final String HAS_ONE = PACKAGE + ".HasOne";

    private Annotations() {}

    /** The annotation of that type on the element, if present. */
    static Optional<AnnotationMirror> find(Element element, String annotationType) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationType)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** A string member of the annotation, with its default applied. */
    static String string(Elements elements, AnnotationMirror annotation, String member) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(annotation);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return String.valueOf(entry.getValue().getValue());
            }
        }
        throw new IllegalArgumentException("No member " + member + " on " + annotation);
    }
}
