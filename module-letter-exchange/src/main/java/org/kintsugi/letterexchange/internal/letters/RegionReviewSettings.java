package org.kintsugi.letterexchange.internal.letters;

import java.time.Instant;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.letterexchange.internal.access.LetterCases;
import org.kintsugi.letterexchange.internal.rest.LetterRequests;
import org.kintsugi.letterexchange.internal.store.LetterUnit;
import org.kintsugi.letterexchange.internal.store.RegionSettings;
import org.kintsugi.letterexchange.internal.store.ReviewDays;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How many days a region allows for a review, read by its staff, set by its hub administrators. */
@Component(service = RegionReviewSettings.class)
public class RegionReviewSettings {
    static final int MAX_DAYS = 60;

    private final JpaTemplate jpa;
    private final LetterCases cases;

    @Activate
    public RegionReviewSettings(@Reference(target = LetterUnit.READY) JpaTemplate jpa,
            @Reference LetterCases cases) {
        this.jpa = jpa;
        this.cases = cases;
    }

    public View get(Caller caller, String regionCode) {
        requireRegion(caller, regionCode);
        return jpa.txExpr(TransactionType.Required, em -> new View(regionCode, ReviewDays.of(em, regionCode)));
    }

    public View set(Caller caller, String regionCode, LetterRequests.Settings body) {
        requireRegion(caller, regionCode);
        if (!caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN)) {
            throw ProblemException.forbidden("Only the region's hub administrators change its settings.");
        }
        if (body == null || body.reviewDays == null || body.reviewDays < 1 || body.reviewDays > MAX_DAYS) {
            throw ProblemException.invalid(new FieldProblem("reviewDays", "must be a whole number of days from 1 to " + MAX_DAYS,
                    "between", Map.of("min", 1, "max", MAX_DAYS)));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            RegionSettings settings = em.find(RegionSettings.class, regionCode);
            if (settings == null) {
                settings = new RegionSettings(regionCode);
                em.persist(settings);
            }
            settings.set(body.reviewDays, caller.userId().toString(), Instant.now());
            return new View(regionCode, settings.getReviewDays());
        });
    }

    /** A region the caller belongs to (national staff: any) that offers letter exchange; otherwise 404. */
    private void requireRegion(Caller caller, String regionCode) {
        boolean mine = caller.hasRole(Role.NATIONAL_ADMIN) || caller.regions().contains(regionCode);
        if (regionCode == null || !mine || !cases.offeredIn(regionCode)) {
            throw ProblemException.notFound();
        }
    }

    public static final class View {
        public final String region;
        public final int reviewDays;

        View(String region, int reviewDays) {
            this.region = region;
            this.reviewDays = reviewDays;
        }
    }
}
