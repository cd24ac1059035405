package dev.junction.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentityMarksTest {

    /** Equal to every other instance, as a model with a careless equals might be. */
    private static final class AllEqual {
        @Override
        public boolean equals(Object other) {
            return other instanceof AllEqual;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void marksInstancesByIdentityNotEquality() {
        IdentityMarks marks = new IdentityMarks();
        AllEqual marked = new AllEqual();
        AllEqual other = new AllEqual();
        marks.put(marked, 7L);
        assertTrue(marks.contains(marked));
        assertFalse(marks.contains(other));
        marks.remove(marked);
        assertFalse(marks.contains(marked));
    }

    @Test
    void aMarkRemembersTheValueItWasMadeWith() {
        IdentityMarks marks = new IdentityMarks();
        Object owner = new Object();
        marks.put(owner, 7L);
        assertTrue(marks.containsWith(owner, 7L));
        assertFalse(marks.containsWith(owner, 8L));
        marks.put(owner, 8L);
        assertTrue(marks.containsWith(owner, 8L));
        assertFalse(marks.containsWith(new Object(), 8L));
    }
}
