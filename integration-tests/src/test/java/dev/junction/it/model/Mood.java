package dev.junction.it.model;

/** An enum column, stored by name. */
public enum Mood {
    HAPPY,
    SAD,
    CURIOUS
}
