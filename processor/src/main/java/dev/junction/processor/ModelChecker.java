package dev.junction.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Phase two: checks models, alone and against each other, and reports every mistake as a {@link Diagnostic} on
 * the most precise element. The processor writes nothing for a model that has an error.
 */
final class ModelChecker {

    private static final Set<String> RESERVED_CONSTANTS = Set.of("TABLE", "MODEL");

    private final Reporter reporter;
    private final Types types;
    private final ModelReader reader;
    private final Function<TypeElement, Optional<ModelInfo>> models;
    private final Set<String> declaredConnections;

    /**
     * @param reader tells which accessors a private field lacks
     * @param models finds the model of a class: this round's, or one compiled before; empty when not a model
     * @param declaredConnections the names given with {@code -Ajunction.connections}, or null
     */
    ModelChecker(Reporter reporter, Types types, ModelReader reader, Function<TypeElement, Optional<ModelInfo>> models,
            Set<String> declaredConnections) {
        this.reporter = reporter;
        this.types = types;
        this.reader = reader;
        this.models = models;
        this.declaredConnections = declaredConnections;
    }

    /**
     * Checks one model on its own and its relations against their targets; true when it has no error. A type that
     * javac could not resolve is reported as JUNCTION-MOD-007, and nothing else then: the processor checks a model
     * that has one only in the last round, after waiting for another processor to generate it, and without the type
     * (a superclass that holds the {@code @Id}, say) other checks would report mistakes that are not there.
     */
    boolean check(ModelInfo model) {
        int before = reporter.errorCount();
        if (!checkShape(model)) {
            return false; // an interface or an enum has no columns worth checking: more errors would be noise
        }
        List<UndefinedTypes.Use> undefined = UndefinedTypes.of(model);
        for (UndefinedTypes.Use use : undefined) {
            reporter.report(Diagnostic.MODEL_UNDEFINED_TYPE, use.element(), model.qualifiedName(), use.type(),
                    use.where(), use.type());
        }
        if (!undefined.isEmpty()) {
            return false;
        }
        checkConnections(model);
        checkId(model);
        checkColumns(model);
        for (RelationInfo relation : model.relations()) {
            checkRelation(model, relation);
        }
        return reporter.errorCount() == before;
    }

    /**
     * Reports each model of {@code batch} that maps the table of a model on the same connection (JUNCTION-MOD-005)
     * that is checked before it: one of an earlier compilation, of an earlier round, or earlier in the batch.
     *
     * @param checkedBefore the models of this compilation checked in earlier rounds
     * @param earlier the models of earlier compilations, none of them a model of this compilation
     */
    void checkTables(Collection<ModelInfo> batch, Collection<ModelInfo> checkedBefore,
            Collection<EarlierModel> earlier) {
        Map<String, String> owners = new HashMap<>();
        for (EarlierModel model : earlier) {
            owners.putIfAbsent(tableKey(model.connection(), model.table()),
                    model.className() + " (" + EarlierModel.ORIGIN + ")");
        }
        for (ModelInfo model : checkedBefore) {
            owners.putIfAbsent(tableKey(model.connection(), model.table()), model.qualifiedName());
        }
        for (ModelInfo model : batch) {
            String first = owners.putIfAbsent(tableKey(model.connection(), model.table()), model.qualifiedName());
            if (first != null) {
                reporter.report(Diagnostic.MODEL_DUPLICATE_TABLE, model.element(),
                        Annotations.find(model.element(), Annotations.MODEL).orElse(null), "table",
                        model.qualifiedName(), model.table(), model.connection(), first);
            }
        }
    }

    private static String tableKey(String connection, String table) {
        return connection + "\u0000" + table.toLowerCase(Locale.ROOT);
    }

    /** Checks the class itself; false when it is no concrete class at all (JUNCTION-MOD-001). */
    private boolean checkShape(ModelInfo model) {
        TypeElement type = model.element();
        String name = model.qualifiedName();
        String problem = null;
        if (type.getKind() != ElementKind.CLASS) {
            problem = switch (type.getKind()) {
                case INTERFACE -> "an interface";
                case ENUM -> "an enum";
                case RECORD -> "a record (its fields are final)";
                case ANNOTATION_TYPE -> "an annotation type";
                default -> "a " + type.getKind().toString().toLowerCase(Locale.ROOT);
            };
        } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = "abstract";
        } else if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            problem = "an inner class (not static)";
        } else if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            problem = "a local class";
        }
        if (problem != null) {
            reporter.report(Diagnostic.MODEL_NOT_A_CLASS, type, name, problem);
            return false;
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Diagnostic.MODEL_PRIVATE, type, name, model.packageName());
                return true;
            }
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Diagnostic.MODEL_GENERIC, type, name, type.getTypeParameters().stream()
                    .map(Object::toString).collect(Collectors.joining(", ", "<", ">")));
        }
        boolean constructor = false;
        for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            constructor |= c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE);
        }
        if (!constructor) {
            reporter.report(Diagnostic.MODEL_NO_CONSTRUCTOR, type, name, model.simpleName());
        }
        if (!isIdentifier(model.table())) {
            reporter.report(Diagnostic.MODEL_BLANK_TABLE, type,
                    Annotations.find(type, Annotations.MODEL).orElse(null), "table",
                    name, model.table(), Names.snakeCase(model.simpleName()));
        }
        return true;
    }

    private static boolean isIdentifier(String name) {
        return !name.isBlank() && name.strip().equals(name) && name.chars().noneMatch(c -> c == '"' || c == '`');
    }

    private void checkConnections(ModelInfo model) {
        Optional<AnnotationMirror> annotation = Annotations.find(model.element(), Annotations.CONNECTION);
        checkConnection(model, annotation, "value", "connection", model.connection());
        if (model.readConnection() != null) {
            checkConnection(model, annotation, "read", "read connection", model.readConnection());
        }
    }

    private void checkConnection(ModelInfo model, Optional<AnnotationMirror> annotation, String member, String what,
            String name) {
        if (name.isBlank()) {
            reporter.report(Diagnostic.CONNECTION_BLANK, model.element(), annotation.orElse(null), member,
                    model.qualifiedName(), what, name);
        } else if (declaredConnections != null && !declaredConnections.contains(name)) {
            String suggestion = nearest(name, declaredConnections).map(n -> " Did you mean `" + n + "`?")
                    .orElse(" Add it to -Ajunction.connections, or use one of those.");
            reporter.report(Diagnostic.CONNECTION_UNKNOWN, model.element(), annotation.orElse(null), member,
                    model.qualifiedName(), name, String.join(", ", new TreeSet<>(declaredConnections)), suggestion);
        }
    }

    /**
     * Warns about a connection name that looks like a typo of another (JUNCTION-CONN-002): a name that only one
     * model uses and that is one or two edits away from a name that another model uses, a model of this compilation
     * or of an earlier one. Of such a pair the warning goes on the rarer name. When both are used by one model each,
     * it goes on the one that is not {@code default} (the name a model gets when it says nothing), and otherwise on
     * the one whose model comes later (the models of earlier compilations come first), since a typo is usually made
     * in a copy of an existing declaration; so a pair gets one warning, not two. Only models of this compilation are
     * warned about. Declaring the connections with {@code -Ajunction.connections} replaces this guess with a check;
     * the caller does not call this method then.
     *
     * @param compiled every model of this compilation, in the order the compilation met them
     * @param earlier the models of earlier compilations, none of them a model of this compilation
     */
    void warnSuspiciousConnections(Collection<ModelInfo> compiled, Collection<EarlierModel> earlier) {
        Map<String, Set<String>> users = new LinkedHashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (EarlierModel model : earlier) {
            descriptions.put(model.className(), model.className() + " (" + EarlierModel.ORIGIN + ")");
            addUser(users, model.connection(), model.className());
            if (model.readConnection() != null) {
                addUser(users, model.readConnection(), model.className());
            }
        }
        Map<String, ModelInfo> own = new LinkedHashMap<>();
        for (ModelInfo model : compiled) {
            own.put(model.qualifiedName(), model);
            descriptions.put(model.qualifiedName(), model.simpleName());
            addUser(users, model.connection(), model.qualifiedName());
            if (model.readConnection() != null) {
                addUser(users, model.readConnection(), model.qualifiedName());
            }
        }
        List<String> names = new ArrayList<>(users.keySet());
        for (String name : names) {
            ModelInfo model = users.get(name).size() == 1 ? own.get(users.get(name).iterator().next()) : null;
            if (model == null) {
                continue;
            }
            Set<String> self = Set.of(model.qualifiedName());
            Optional<String> near = names.stream()
                    .filter(other -> !other.equals(name) && Names.editDistance(other, name) <= 2)
                    .filter(other -> !users.get(other).equals(self))
                    .filter(other -> users.get(other).size() > 1 || isLikelierThan(other, name, names))
                    .min(Comparator.comparingInt((String other) -> Names.editDistance(other, name))
                            .thenComparing(other -> -users.get(other).size()));
            if (near.isPresent()) {
                String member = name.equals(model.connection()) ? "value" : "read";
                List<String> nearUsers = users.get(near.get()).stream().map(descriptions::get).sorted().toList();
                reporter.report(Diagnostic.CONNECTION_SUSPICIOUS, model.element(),
                        Annotations.find(model.element(), Annotations.CONNECTION).orElse(null), member,
                        model.qualifiedName(), name, String.join(", ", nearUsers), nearUsers.size() == 1 ? "uses" : "use",
                        near.get(), near.get(), String.join(",", new TreeSet<>(names)));
            }
        }
    }

    private static void addUser(Map<String, Set<String>> users, String connection, String model) {
        users.computeIfAbsent(connection, n -> new LinkedHashSet<>()).add(model);
    }

    /** Of two names that one model each uses, whether {@code other} is the intended one and {@code name} the typo. */
    private static boolean isLikelierThan(String other, String name, List<String> namesInOrder) {
        if (name.equals("default") || other.equals("default")) {
            return other.equals("default");
        }
        return namesInOrder.indexOf(other) < namesInOrder.indexOf(name);
    }

    private void checkId(ModelInfo model) {
        ColumnInfo first = null;
        for (ColumnInfo column : model.columns()) {
            if (!column.id()) {
                continue;
            }
            if (first != null) {
                reporter.report(Diagnostic.ID_DUPLICATE, column.element(),
                        Annotations.find(column.element(), Annotations.ID).orElse(null), null,
                        model.qualifiedName(), column.name(), first.name());
                continue;
            }
            first = column;
            if (column.isPrimitive()) {
                reporter.report(Diagnostic.ID_PRIMITIVE, column.element(), column.name(), model.qualifiedName(),
                        column.type(), types.boxedClass(types.getPrimitiveType(column.type().getKind())).getSimpleName());
            }
        }
        if (first == null) {
            reporter.report(Diagnostic.ID_MISSING, model.element(), model.qualifiedName());
        }
    }

    private void checkColumns(ModelInfo model) {
        Map<String, ColumnInfo> byColumn = new HashMap<>();
        Map<String, ColumnInfo> byConstant = new HashMap<>();
        for (ColumnInfo column : model.columns()) {
            Optional<AnnotationMirror> columnAnnotation = Annotations.find(column.element(), Annotations.COLUMN);
            if (column.column().isBlank()) {
                reporter.report(Diagnostic.COLUMN_BLANK_NAME, column.element(), columnAnnotation.orElse(null), "value",
                        column.name(), model.qualifiedName(), column.column(), Names.snakeCase(column.name()));
            }
            if (column.kind() == null) {
                reporter.report(Diagnostic.COLUMN_UNSUPPORTED_TYPE, column.element(), column.name(),
                        model.qualifiedName(), column.type(), ColumnType.supportedList());
            }
            checkAccess(model, column.element(), column.access());
            if (column.element().getModifiers().contains(Modifier.FINAL)) {
                reporter.report(Diagnostic.COLUMN_FINAL, column.element(), column.name(), model.qualifiedName());
            }
            if (RESERVED_CONSTANTS.contains(column.constant())) {
                reporter.report(Diagnostic.COLUMN_RESERVED_CONSTANT, column.element(), column.name(),
                        model.qualifiedName(), model.simpleName() + "Table", column.constant(),
                        column.name() + "Name");
            }
            ColumnInfo previous = byColumn.putIfAbsent(column.column().toLowerCase(Locale.ROOT), column);
            if (previous != null) {
                reporter.report(Diagnostic.COLUMN_DUPLICATE, column.element(), columnAnnotation.orElse(null), "value",
                        column.name(), model.qualifiedName(), column.column(), previous.name());
            }
            ColumnInfo sameConstant = byConstant.putIfAbsent(column.constant(), column);
            if (sameConstant != null && previous == null) {
                reporter.report(Diagnostic.COLUMN_CONSTANT_CLASH, column.element(), column.name(), model.qualifiedName(),
                        model.simpleName() + "Table", column.constant(), sameConstant.name());
            }
            if (!column.id() && Names.capitalize(column.name()).equals("Id")) {
                String id = model.columns().stream().filter(ColumnInfo::id).map(ColumnInfo::name).findFirst()
                        .orElse("none");
                reporter.report(Diagnostic.COLUMN_ID_FINDER_CLASH, column.element(), column.name(),
                        model.qualifiedName(), id, model.simpleName() + "Queries");
            }
        }
    }

    private void checkAccess(ModelInfo model, javax.lang.model.element.VariableElement field, Access access) {
        if (access != null) {
            return;
        }
        String[] missing = reader.missingAccessors(model.element(), field);
        reporter.report(Diagnostic.COLUMN_NO_ACCESSORS, field, field.getSimpleName(), model.qualifiedName(),
                missing[0], missing[1], missing[2]);
    }

    private void checkRelation(ModelInfo model, RelationInfo relation) {
        String kind = relation.kind().annotation();
        String owner = model.qualifiedName();
        List<String> others = new ArrayList<>();
        for (String annotation : List.of(Annotations.ID, Annotations.COLUMN, Annotations.HAS_MANY,
                Annotations.BELONGS_TO, Annotations.HAS_ONE)) {
            if (Annotations.find(relation.element(), annotation).isPresent()) {
                others.add("@" + annotation.substring(Annotations.PACKAGE.length() + 1));
            }
        }
        if (others.size() > 1) {
            reporter.report(Diagnostic.RELATION_CONFLICTING_ANNOTATIONS, relation.element(), relation.name(), owner,
                    String.join(" and ", others));
            return;
        }
        checkAccess(model, relation.element(), relation.access());
        String targetName = relation.target() == null ? "Target" : relation.target().getSimpleName().toString();
        if (relation.kind() == RelationInfo.Kind.HAS_MANY && relation.collection() == null) {
            reporter.report(Diagnostic.RELATION_NOT_COLLECTION, relation.element(), relation.name(), owner,
                    relation.fieldType(), likelyModelName(relation.fieldType()), relation.name());
            return;
        }
        if (relation.kind() != RelationInfo.Kind.HAS_MANY && relation.collection() != null) {
            reporter.report(Diagnostic.RELATION_COLLECTION, relation.element(), kind, relation.name(), owner,
                    relation.fieldType(), targetName, relation.name());
            return;
        }
        Optional<ModelInfo> target = relation.target() == null ? Optional.empty() : models.apply(relation.target());
        if (target.isEmpty()) {
            String targetType = relation.target() == null ? String.valueOf(relation.fieldType())
                    : relation.target().getQualifiedName().toString();
            String fix = isOwnClass(relation.target())
                    ? "Annotate " + targetType + " with @Model, or point the field at a model"
                    : relation.collection() != null ? "Make its element type a @Model class"
                    : "Make its type a @Model class";
            reporter.report(Diagnostic.RELATION_TARGET_NOT_MODEL, relation.element(), kind, relation.name(), owner,
                    targetType, fix);
            return;
        }
        checkForeignKey(model, relation, target.get());
        if (!relation.inverseOf().isEmpty()) {
            checkInverse(model, relation, target.get());
        }
    }

    private void checkForeignKey(ModelInfo model, RelationInfo relation, ModelInfo target) {
        boolean ownerHoldsKey = relation.kind() == RelationInfo.Kind.BELONGS_TO;
        ModelInfo holder = ownerHoldsKey ? model : target;
        ModelInfo referenced = ownerHoldsKey ? target : model;
        Optional<ColumnInfo> key = holder.columnNamed(relation.foreignKey());
        String kind = relation.kind().annotation();
        if (key.isEmpty()) {
            String side = ownerHoldsKey ? "a @BelongsTo's foreign key is a column of its own model"
                    : "a @" + kind + "'s foreign key is a column of the target model";
            Optional<ColumnInfo> byField = holder.columns().stream()
                    .filter(c -> c.name().equals(relation.foreignKey())).findFirst();
            String fix = byField.map(c -> "`" + relation.foreignKey() + "` is the field; foreignKey names its column."
                            + " Did you mean `" + c.column() + "`?")
                    .or(() -> nearest(relation.foreignKey(), holder.columns().stream().map(ColumnInfo::column)
                            .collect(Collectors.toList())).map(c -> "Did you mean `" + c + "`?"))
                    .orElse("Add a field for column `" + relation.foreignKey() + "` to " + holder.simpleName()
                            + "; its columns are " + holder.columns().stream().map(ColumnInfo::column).toList());
            reporter.report(Diagnostic.RELATION_FOREIGN_KEY_MISSING, relation.element(), relation.annotation(),
                    "foreignKey", kind, relation.name(), model.qualifiedName(), relation.foreignKey(),
                    holder.qualifiedName(), side, fix);
            return;
        }
        ColumnInfo id = referenced.columns().stream().filter(ColumnInfo::id).findFirst().orElse(null);
        ColumnInfo column = key.get();
        if (id == null || id.kind() == null || column.kind() == null) {
            return; // reported on that model already
        }
        boolean compatible = id.kind() == column.kind()
                && (id.kind() != ColumnType.ENUM || types.isSameType(id.type(), column.type()));
        if (!compatible) {
            reporter.report(Diagnostic.RELATION_FOREIGN_KEY_TYPE, relation.element(), relation.annotation(),
                    "foreignKey", kind, relation.name(), model.qualifiedName(), column.column(), column.type(),
                    column.name(), holder.simpleName(), referenced.simpleName(), id.type(), column.name(), id.type());
        }
    }

    private void checkInverse(ModelInfo model, RelationInfo relation, ModelInfo target) {
        String kind = relation.kind().annotation();
        Optional<RelationInfo> found = target.relationNamed(relation.inverseOf());
        if (found.isEmpty()) {
            String fix = nearest(relation.inverseOf(), target.relations().stream().map(RelationInfo::name).toList())
                    .map(n -> "Did you mean `" + n + "`?")
                    .orElse("Declare it on " + target.simpleName() + ", for example `" + inverseExample(model, relation)
                            + "`, or remove inverseOf");
            reporter.report(Diagnostic.RELATION_INVERSE_MISSING, relation.element(), relation.annotation(), "inverseOf",
                    kind, relation.name(), model.qualifiedName(), relation.inverseOf(), target.qualifiedName(), fix);
            return;
        }
        RelationInfo inverse = found.get();
        if (UndefinedTypes.isUndefined(inverse.fieldType())) {
            return; // reported on the inverse's model, which gets no code
        }
        boolean belongsTo = relation.kind() == RelationInfo.Kind.BELONGS_TO;
        boolean inverseBelongsTo = inverse.kind() == RelationInfo.Kind.BELONGS_TO;
        if (belongsTo == inverseBelongsTo) {
            String expected = belongsTo ? "HasMany or @HasOne" : "BelongsTo";
            reporter.report(Diagnostic.RELATION_INVERSE_KIND, relation.element(), relation.annotation(), "inverseOf",
                    kind, relation.name(), model.qualifiedName(), relation.inverseOf(), inverse.kind().annotation(),
                    kind, expected, "Point inverseOf at a @" + expected + " field of " + target.simpleName());
            return;
        }
        if (inverse.target() == null || !inverse.target().getQualifiedName().contentEquals(model.qualifiedName())) {
            String refers = inverse.target() == null ? String.valueOf(inverse.fieldType())
                    : inverse.target().getQualifiedName().toString();
            reporter.report(Diagnostic.RELATION_INVERSE_TYPE, relation.element(), relation.annotation(), "inverseOf",
                    kind, relation.name(), model.qualifiedName(), relation.inverseOf(), target.qualifiedName(), refers,
                    model.qualifiedName(), model.simpleName());
            return;
        }
        if (!inverse.foreignKey().equals(relation.foreignKey())) {
            reporter.report(Diagnostic.RELATION_INVERSE_FOREIGN_KEY, relation.element(), relation.annotation(),
                    "foreignKey", kind, relation.name(), model.qualifiedName(), relation.foreignKey(), inverse.name(),
                    target.qualifiedName(), inverse.foreignKey(), belongsTo ? relation.foreignKey() : inverse.foreignKey());
            return;
        }
        if (!inverse.inverseOf().equals(relation.name())) {
            reporter.report(Diagnostic.RELATION_INVERSE_ONE_SIDED, relation.element(), relation.annotation(),
                    "inverseOf", kind, relation.name(), model.qualifiedName(), relation.inverseOf(), inverse.name(),
                    target.qualifiedName(), relation.name(), relation.name(), inverse.name(),
                    declarationPointingBack(model, relation, inverse));
        }
    }

    /** The declaration the inverse should have: {@code @HasMany(foreignKey = "user_id", inverseOf = "user") List<Post> posts;}. */
    private static String declarationPointingBack(ModelInfo model, RelationInfo relation, RelationInfo inverse) {
        String type = inverse.collection() == null ? model.simpleName()
                : inverse.collection().substring(inverse.collection().lastIndexOf('.') + 1) + "<" + model.simpleName()
                        + ">";
        return "@" + inverse.kind().annotation() + "(foreignKey = \"" + inverse.foreignKey() + "\", inverseOf = \""
                + relation.name() + "\") " + type + " " + inverse.name() + ";";
    }

    private static String inverseExample(ModelInfo model, RelationInfo relation) {
        if (relation.kind() == RelationInfo.Kind.BELONGS_TO) {
            return "@HasMany(foreignKey = \"" + relation.foreignKey() + "\", inverseOf = \"" + relation.name() + "\") List<"
                    + model.simpleName() + "> " + relation.inverseOf() + ";";
        }
        return "@BelongsTo(foreignKey = \"" + relation.foreignKey() + "\", inverseOf = \"" + relation.name() + "\") "
                + model.simpleName() + " " + relation.inverseOf() + ";";
    }

    /**
     * Whether the type is a class the user could annotate with {@code @Model}: not a primitive, array, interface or
     * enum, and not one of the platform's own classes.
     */
    private static boolean isOwnClass(TypeElement type) {
        if (type == null || type.getKind() != ElementKind.CLASS) {
            return false;
        }
        String name = type.getQualifiedName().toString();
        return !name.startsWith("java.") && !name.startsWith("javax.");
    }

    /** The simple name of the model a field type most likely means: {@code Post[]} and {@code Map<Long, Post>} mean {@code Post}. */
    private static String likelyModelName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return likelyModelName(((ArrayType) type).getComponentType());
        }
        if (type.getKind() == TypeKind.DECLARED) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            return arguments.isEmpty() ? ((DeclaredType) type).asElement().getSimpleName().toString()
                    : likelyModelName(arguments.get(arguments.size() - 1));
        }
        return type.toString();
    }

    /** The candidate closest to {@code name}, when it is close enough to be a likely typo. */
    static Optional<String> nearest(String name, Collection<String> candidates) {
        int limit = Math.max(2, name.length() / 3);
        return candidates.stream()
                .filter(c -> !c.equals(name))
                .filter(c -> Names.editDistance(c.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= limit
                        || Names.snakeCase(name).equals(c))
                .min(Comparator.comparingInt(c -> Names.editDistance(c, name)));
    }
}
