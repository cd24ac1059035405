package dev.junction.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Phase one: reads a {@code @Model} class into a {@link ModelInfo}. Reading is lenient: what is wrong (an
 * unsupported type, a missing accessor) is recorded as {@code null} and left to {@link ModelChecker} to report.
 */
final class ModelReader {

    private final Elements elements;
    private final Types types;

    ModelReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    ModelInfo read(TypeElement model) {
        String packageName = elements.getPackageOf(model).getQualifiedName().toString();
        String table = Annotations.find(model, Annotations.MODEL)
                .map(a -> Annotations.string(elements, a, "table"))
                .filter(t -> !t.isEmpty())
                .orElseGet(() -> Names.snakeCase(model.getSimpleName().toString()));
        Optional<AnnotationMirror> connection = Annotations.find(model, Annotations.CONNECTION);
        String write = connection.map(a -> Annotations.string(elements, a, "value")).orElse("default");
        String read = connection.map(a -> Annotations.string(elements, a, "read")).filter(r -> !r.isEmpty())
                .orElse(null);
        List<ColumnInfo> columns = new ArrayList<>();
        List<RelationInfo> relations = new ArrayList<>();
        for (VariableElement field : fields(model)) {
            if (Annotations.find(field, Annotations.TRANSIENT).isPresent()) {
                continue;
            }
            Optional<RelationInfo> relation = relation(model, field);
            if (relation.isPresent()) {
                relations.add(relation.get());
            } else {
                columns.add(column(model, field));
            }
        }
        return new ModelInfo(model, packageName, model.getSimpleName().toString(), table, write, read,
                List.copyOf(columns), List.copyOf(relations));
    }

    /** The instance fields of the class and its superclasses, superclass fields first. */
    private List<VariableElement> fields(TypeElement model) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        for (TypeElement type = model; type != null; type = superclass(type)) {
            hierarchy.push(type);
        }
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement type : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    private ColumnInfo column(TypeElement model, VariableElement field) {
        String name = field.getSimpleName().toString();
        String column = Annotations.find(field, Annotations.COLUMN)
                .map(a -> Annotations.string(elements, a, "value"))
                .orElseGet(() -> Names.snakeCase(name));
        TypeMirror type = field.asType();
        return new ColumnInfo(field, name, column, Names.constantCase(name), columnType(type), type,
                access(model, field), Annotations.find(field, Annotations.ID).isPresent());
    }

    /** The column type of a field type, or null when it is not supported. */
    ColumnType columnType(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
            return ColumnType.ENUM;
        }
        return ColumnType.forTypeName(types.erasure(type).toString()).orElse(null);
    }

    private Optional<RelationInfo> relation(TypeElement model, VariableElement field) {
        for (RelationInfo.Kind kind : RelationInfo.Kind.values()) {
            Optional<AnnotationMirror> annotation =
                    Annotations.find(field, Annotations.PACKAGE + "." + kind.annotation());
            if (annotation.isPresent()) {
                return Optional.of(relation(model, field, kind, annotation.get()));
            }
        }
        return Optional.empty();
    }

    private RelationInfo relation(TypeElement model, VariableElement field, RelationInfo.Kind kind,
            AnnotationMirror annotation) {
        TypeMirror type = field.asType();
        String collection = collectionInterface(type);
        TypeMirror targetType = type;
        if (collection != null) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            targetType = arguments.size() == 1 ? arguments.get(0) : null;
        }
        TypeElement target = targetType != null && targetType.getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) targetType).asElement()
                : null;
        return new RelationInfo(field, annotation, kind, field.getSimpleName().toString(), type, collection, target,
                Annotations.string(elements, annotation, "foreignKey"),
                Annotations.string(elements, annotation, "inverseOf"), access(model, field),
                kind == RelationInfo.Kind.BELONGS_TO
                        && Boolean.parseBoolean(Annotations.string(elements, annotation, "checkExists")));
    }

    /** {@code java.util.List}, {@code Set} or {@code Collection} when the type is one of them, else null. */
    static String collectionInterface(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        return switch (name) {
            case "java.util.List", "java.util.Set", "java.util.Collection" -> name;
            default -> null;
        };
    }

    /**
     * Direct access when generated code in the model's package can see the field; else the JavaBean getter and
     * setter; else null.
     */
    private Access access(TypeElement model, VariableElement field) {
        String name = field.getSimpleName().toString();
        if (visibleFrom(model, field)) {
            return Access.direct(name);
        }
        String getter = accessor(model, field, true);
        String setter = accessor(model, field, false);
        return getter != null && setter != null ? new Access(name, getter, setter) : null;
    }

    /** The name of the field's usable JavaBean getter (or setter), or null when there is none. */
    private String accessor(TypeElement model, VariableElement field, boolean getter) {
        String capitalized = Names.capitalize(field.getSimpleName().toString());
        String found = null;
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(model))) {
            if (method.getModifiers().contains(Modifier.STATIC) || !visibleFrom(model, method)) {
                continue;
            }
            String methodName = method.getSimpleName().toString();
            boolean booleanGetter = methodName.equals("is" + capitalized) && field.asType().getKind() == TypeKind.BOOLEAN;
            if (getter && (methodName.equals("get" + capitalized) || booleanGetter) && method.getParameters().isEmpty()
                    && types.isSameType(method.getReturnType(), field.asType())) {
                found = methodName;
            }
            if (!getter && methodName.equals("set" + capitalized) && method.getParameters().size() == 1
                    && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
                found = methodName;
            }
        }
        return found;
    }

    /** Whether code in the model's package can use the member directly. */
    private boolean visibleFrom(TypeElement model, Element member) {
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        PackageElement own = elements.getPackageOf(model);
        return elements.getPackageOf(member).equals(own);
    }

    /**
     * What a private field lacks, for the diagnostic: only the accessors that are really missing ("setter
     * setX(T)"), what generated code therefore cannot do ("write"), and the code to add.
     */
    String[] missingAccessors(TypeElement model, VariableElement field) {
        String name = field.getSimpleName().toString();
        String capitalized = Names.capitalize(name);
        String type = field.asType().toString();
        String prefix = field.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get";
        List<String> missing = new ArrayList<>();
        List<String> uses = new ArrayList<>();
        List<String> code = new ArrayList<>();
        if (accessor(model, field, true) == null) {
            missing.add("getter " + prefix + capitalized + "()");
            uses.add("read");
            code.add(type + " " + prefix + capitalized + "() { return " + name + "; }");
        }
        if (accessor(model, field, false) == null) {
            missing.add("setter set" + capitalized + "(" + type + ")");
            uses.add("write");
            code.add("void set" + capitalized + "(" + type + " value) { this." + name + " = value; }");
        }
        return new String[] {String.join(" and ", missing), String.join(" and ", uses), String.join(" and ", code)};
    }
}
