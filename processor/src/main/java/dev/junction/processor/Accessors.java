package dev.junction.processor;

import com.palantir.javapoet.CodeBlock;

/** Code that reads or writes a model field, directly or through its JavaBean accessors. */
final class Accessors {

    private Accessors() {}

    static CodeBlock get(Access access, String instance) {
        return access.isDirect()
                ? CodeBlock.of("$L.$N", instance, access.fieldName())
                : CodeBlock.of("$L.$N()", instance, access.getter());
    }

    static CodeBlock set(Access access, String instance, CodeBlock value) {
        return access.isDirect()
                ? CodeBlock.of("$L.$N = $L", instance, access.fieldName(), value)
                : CodeBlock.of("$L.$N($L)", instance, access.setter(), value);
    }
}
