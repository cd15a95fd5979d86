package org.kintsugi.core.internal.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;

class SafetyPlanRulesTest {
    private static final Map<String, ParticipantRole> ROLES = Map.of("h", ParticipantRole.PERSON_HARMED,
            "r", ParticipantRole.PERSON_RESPONSIBLE, "s", ParticipantRole.SUPPORTER);
    private static final Instant TEN = Instant.parse("2026-12-20T10:00:00Z");

    @Test
    void thePartiesComeAndGoAtLeastAQuarterOfAnHourApart() {
        assertEquals(List.of(), problems(part("h", TEN, 120), part("r", TEN.plusSeconds(15 * 60), 120)));
        assertEquals(List.of("parts[1].arriveAt:not-staggered", "parts[1].leaveAt:not-staggered"),
                problems(part("h", TEN, 120), part("r", TEN.plusSeconds(14 * 60), 120)));
        assertEquals(List.of(), problems(part("h", TEN, 120), part("s", TEN, 120)),
                "a supporter may come with the person harmed");
    }

    @Test
    void everyPartIsWholeAndBelongsToOneParticipantOfTheCase() {
        SafetyPlanRequests.Part blank = new SafetyPlanRequests.Part();
        blank.participantId = "someone-else";
        assertEquals(List.of("parts[0].participantId:not-a-participant", "parts[0].arriveAt:required",
                "parts[0].leaveAt:leave-after-arrive", "parts[0].route:required", "parts[0].waitsIn:required",
                "parts[0].stopSignal:required", "parts[0].whoToCall:required"), problems(blank));
        assertEquals(List.of("parts[1].participantId:duplicate-part"), problems(part("h", TEN, 60), part("h", TEN, 60)));
        assertEquals(List.of("parts:parts-required"), problems());
    }

    private static SafetyPlanRequests.Part part(String who, Instant arrives, int minutes) {
        SafetyPlanRequests.Part part = new SafetyPlanRequests.Part();
        part.participantId = who;
        part.arriveAt = arrives;
        part.leaveAt = arrives.plusSeconds(minutes * 60L);
        part.route = "Synthetic route";
        part.waitsIn = "Synthetic room";
        part.stopSignal = "Synthetic card";
        part.whoToCall = "Synthetic duty line";
        return part;
    }

    private static List<String> problems(SafetyPlanRequests.Part... parts) {
        SafetyPlanRequests.Plan plan = new SafetyPlanRequests.Plan();
        plan.parts = List.of(parts);
        return SafetyPlanRules.problems(plan, ROLES).stream().map(SafetyPlanRulesTest::said).collect(Collectors.toList());
    }

    private static String said(FieldProblem p) {
        return p.getField() + ":" + (p.getCode() == null ? "" : p.getCode().replace("required-max-length", "required"));
    }
}
