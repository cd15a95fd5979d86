package ${package}.internal.entries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.problem.FieldProblem;

/** The rules of a new entry, without a container: what the form shows before anything is saved. */
class EntryRulesTest {
    @Test
    void aWrittenEntryHasNoProblems() {
        assertEquals(List.of(), EntryRules.check("Synthetic note: the person harmed would like to write first."));
    }

    @Test
    void anEmptyOrBlankEntryIsRefusedWithItsCode() {
        for (String body : new String[] {null, "", "  \n\t "}) {
            List<FieldProblem> problems = EntryRules.check(body);
            assertEquals(1, problems.size(), "for " + body);
            assertEquals("body", problems.get(0).getField());
            assertEquals("${moduleId}.body-required", problems.get(0).getCode());
        }
    }

    @Test
    void anEntryLongerThanTheLimitIsRefusedNamingTheLimit() {
        assertEquals(List.of(), EntryRules.check("a".repeat(EntryRules.MAX_BODY)));
        List<FieldProblem> problems = EntryRules.check("a".repeat(EntryRules.MAX_BODY + 1));
        assertEquals("${moduleId}.body-too-long", problems.get(0).getCode());
        assertEquals(String.valueOf(EntryRules.MAX_BODY), problems.get(0).getParams().get("max"));
    }

    @Test
    void theStoredBodyLosesOnlyTheSpaceAroundIt() {
        assertEquals("Two lines,\n  kept as written.", EntryRules.normalised("\n Two lines,\n  kept as written.  \n"));
    }
}
