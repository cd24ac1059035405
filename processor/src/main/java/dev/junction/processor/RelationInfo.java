package dev.junction.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One relation field of a model, as declared; the checker verifies it against its target.
 *
 * @param element the field, for diagnostics
 * @param annotation the relation annotation, for diagnostics
 * @param kind HasMany, BelongsTo or HasOne
 * @param name the field name
 * @param fieldType the field's declared type
 * @param collection for HasMany, the collection interface ({@code java.util.List}, {@code Set} or
 *     {@code Collection}); otherwise null
 * @param target the target model class, or null when the field's type names none
 * @param foreignKey the foreign-key column
 * @param inverseOf the name of the field on the target that points back, or empty
 * @param access how to read and write the field
 * @param checkExists for BelongsTo, whether writes check that the referenced row exists
 */
record RelationInfo(VariableElement element, AnnotationMirror annotation, Kind kind, String name, TypeMirror fieldType,
        String collection, TypeElement target, String foreignKey, String inverseOf, Access access,
        boolean checkExists) {

    /** The three relation annotations. */
    enum Kind {
        HAS_MANY("HasMany"),
        BELONGS_TO("BelongsTo"),
        HAS_ONE("HasOne");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        /** The annotation's simple name, for messages. */
        String annotation() {
            return annotation;
        }
    }
}
