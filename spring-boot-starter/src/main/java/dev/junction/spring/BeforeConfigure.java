package dev.junction.spring;

/**
 * A step that {@link JunctionLifecycle} runs at every start, before it calls {@code ConnectionManager.configure}: for
 * settings that must precede the connections (the meter registry) and that every shutdown forgets. Beans of this type
 * come from the optional integrations, which may not be on the class path.
 */
@FunctionalInterface
interface BeforeConfigure {

    /** Applies the setting to Junction's runtime. */
    void apply();
}
