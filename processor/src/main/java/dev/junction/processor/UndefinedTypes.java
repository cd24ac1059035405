package dev.junction.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The types a model uses that javac could not resolve (yet): its superclasses and the types of its fields. Another
 * annotation processor may generate such a type in a later round, so the processor waits for a model that has one,
 * as AutoValue and MapStruct do, and reports JUNCTION-MOD-007 only when the last round has not brought it.
 */
final class UndefinedTypes {

    /**
     * One undefined type.
     *
     * @param element where to report it: the field, or the model class for a superclass
     * @param type the undefined type itself, for example {@code Status} of a field {@code List<Status>}
     * @param where what uses it, for the message: "field `status`" or "its superclass"
     */
    record Use(Element element, TypeMirror type, String where) {}

    private UndefinedTypes() {}

    /** The undefined types of the model, superclasses first, then fields in declaration order. */
    static List<Use> of(ModelInfo model) {
        List<Use> uses = new ArrayList<>();
        TypeElement type = model.element();
        while (type != null) {
            TypeMirror superclass = type.getSuperclass();
            Optional<TypeMirror> undefined = find(superclass);
            if (undefined.isPresent()) {
                String where = type.equals(model.element()) ? "its superclass" : "the superclass of " + type;
                uses.add(new Use(model.element(), undefined.get(), where));
            }
            type = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement()
                    : null;
        }
        for (ColumnInfo column : model.columns()) {
            find(column.type()).ifPresent(t -> uses.add(new Use(column.element(), t, field(model, column.element()))));
        }
        for (RelationInfo relation : model.relations()) {
            find(relation.fieldType())
                    .ifPresent(t -> uses.add(new Use(relation.element(), t, field(model, relation.element()))));
        }
        return uses;
    }

    /** Whether javac could not resolve the type or one of its parts (an array's component, a type argument). */
    static boolean isUndefined(TypeMirror type) {
        return find(type).isPresent();
    }

    private static Optional<TypeMirror> find(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> Optional.of(type);
            case ARRAY -> find(((ArrayType) type).getComponentType());
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream()
                    .map(UndefinedTypes::find).flatMap(Optional::stream).findFirst();
            default -> Optional.empty();
        };
    }

    /** "field `status`", naming the class that declares it when that is a superclass of the model. */
    private static String field(ModelInfo model, Element field) {
        Element owner = field.getEnclosingElement();
        return "field `" + field.getSimpleName() + "`"
                + (owner.equals(model.element()) ? "" : " of " + ((TypeElement) owner).getQualifiedName());
    }
}
