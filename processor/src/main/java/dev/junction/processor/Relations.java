package dev.junction.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * One checked relation with its target model, and the names the writers derive from it. Only built for relations
 * that passed {@link ModelChecker}.
 */
record Relations(ModelInfo owner, RelationInfo relation, ModelInfo target) {

    static Relations resolve(ModelInfo owner, RelationInfo relation, Function<TypeElement, ModelInfo> models) {
        return new Relations(owner, relation, models.apply(relation.target()));
    }

    static ClassName relationsClass(ModelInfo model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Relations");
    }

    static ClassName loaderClass(ModelInfo model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Loader");
    }

    /** A parameter name for an instance of the model: {@code user} for {@code User}. */
    static String instanceName(ModelInfo model) {
        String name = Character.toLowerCase(model.simpleName().charAt(0)) + model.simpleName().substring(1);
        return SourceVersion.isKeyword(name) || name.equals("customizer") ? "model" : name;
    }

    boolean isMany() {
        return relation.kind() == RelationInfo.Kind.HAS_MANY;
    }

    /** {@code Posts} for field {@code posts}: the suffix of {@code withPosts}, {@code loadPosts}, ... */
    String suffix() {
        return Names.capitalize(relation.name());
    }

    /** The constant in {@code XRelations} that holds the relation's description. */
    String constant() {
        return Names.constantCase(relation.name());
    }

    ClassName targetClass() {
        return ClassName.get(target.element());
    }

    ClassName targetQuery() {
        return QueryWriter.queryClass(target);
    }

    /** {@code ToMany<User, Post>} or {@code ToOne<Post, User>}. */
    TypeName descriptorType() {
        return ParameterizedTypeName.get(isMany() ? RuntimeNames.TO_MANY : RuntimeNames.TO_ONE,
                ClassName.get(owner.element()), targetClass());
    }

    /** The owner's key column: its id, or its foreign key for BelongsTo. */
    CodeBlock ownerColumn() {
        ColumnInfo column = relation.kind() == RelationInfo.Kind.BELONGS_TO
                ? owner.columnNamed(relation.foreignKey()).orElseThrow() : owner.id();
        return CodeBlock.of("$T.$N", TableWriter.tableClass(owner), column.constant());
    }

    /** The target's key column: its foreign key, or its id for BelongsTo. */
    CodeBlock targetColumn() {
        ColumnInfo column = relation.kind() == RelationInfo.Kind.BELONGS_TO
                ? target.id() : target.columnNamed(relation.foreignKey()).orElseThrow();
        return CodeBlock.of("$T.$N", TableWriter.tableClass(target), column.constant());
    }

    /** A supplier of the inverse relation, or {@code null}. */
    CodeBlock inverse() {
        if (relation.inverseOf().isEmpty()) {
            return CodeBlock.of("null");
        }
        return CodeBlock.of("() -> $T.$N", relationsClass(target), Names.constantCase(relation.inverseOf()));
    }

    /** Where the target is read from, for Javadoc. */
    String targetConnection() {
        return target.readsFrom();
    }
}
