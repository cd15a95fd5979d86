package org.kintsugi.letterexchange.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.problem.ProblemException;

class RedactionTest {
    private static final String TEXT = "I live at 12 Acacia Avenue and my number is 07700 900123.";

    @Test
    void replacesEachPassageWithAMarkerInAnyOrder() {
        int address = TEXT.indexOf("12 Acacia");
        int phone = TEXT.indexOf("07700");
        String redacted = Redaction.apply(TEXT, List.of(new Redaction.Range(phone, phone + 12),
                new Redaction.Range(address, address + 16)));
        assertEquals("I live at [redacted] and my number is [redacted].", redacted);
    }

    @Test
    void noPassagesLeavesTheTextAsItIs() {
        assertEquals(TEXT, Redaction.apply(TEXT, List.of()));
    }

    @Test
    void refusesPassagesOutsideTheTextNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Redaction.apply(TEXT, List.of(new Redaction.Range(0, 2), new Redaction.Range(5, 500))));
        assertEquals(400, e.getStatus());
        assertEquals("redactions[1]", e.getFields().get(0).getField());
    }

    @Test
    void refusesEmptyReversedAndOverlappingPassages() {
        assertThrows(ProblemException.class, () -> Redaction.apply(TEXT, List.of(new Redaction.Range(4, 4))));
        assertThrows(ProblemException.class, () -> Redaction.apply(TEXT, List.of(new Redaction.Range(9, 4))));
        ProblemException overlap = assertThrows(ProblemException.class,
                () -> Redaction.apply(TEXT, List.of(new Redaction.Range(0, 10), new Redaction.Range(5, 12))));
        assertEquals("redactions", overlap.getFields().get(0).getField());
    }
}
