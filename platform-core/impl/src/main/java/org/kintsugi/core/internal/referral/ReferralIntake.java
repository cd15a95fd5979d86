package org.kintsugi.core.internal.referral;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.db.DeferredRows;
import org.kintsugi.core.internal.people.Region;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.coordinator.Coordinator;

/** Receives referrals from hubs and partners: into one of the referrer's regions, as its policy allows. */
@Component(service = ReferralIntake.class)
public class ReferralIntake {
    private final JpaTemplate jpa;
    private final Coordinator coordinator;
    private final ReferralSeals seals;

    @Activate
    public ReferralIntake(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference Coordinator coordinator,
            @Reference ReferralSeals seals) {
        this.jpa = jpa;
        this.coordinator = coordinator;
        this.seals = seals;
    }

    public ReferralViews.Summary create(Caller caller, ReferralRequests.NewReferral body) {
        if (!ReferralScope.mayRefer(caller)) {
            throw ProblemException.forbidden("Your role does not make referrals.");
        }
        ReferralValidation.check(body);
        if (!caller.hasRole(Role.NATIONAL_ADMIN) && !caller.regions().contains(body.region)) {
            throw ProblemException.invalid(new FieldProblem("region", "is not one of your regions", "not-your-region"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            // A region of the caller's exists (their membership refers to it). Only a national administrator
            // gets here naming another, so only then is it looked up.
            if (!caller.regions().contains(body.region) && em.find(Region.class, body.region) == null) {
                throw ProblemException.invalid(new FieldProblem("region", "is not a known region", "unknown-region"));
            }
            refuseIfPolicySaysSo(em, body);
            Referral referral = new Referral(UUID.randomUUID().toString(), body, caller.userId().toString(),
                    caller.organisationId().orElse(null), Instant.now());
            seals.sealNew(referral, body);
            // A new referral only appends: in an API request it commits with others arriving at the same time.
            if (!DeferredRows.defer(coordinator, new ReferralRow(referral))) {
                em.persist(referral);
            }
            return new ReferralViews.Summary(referral);
        });
    }

    /** The policy speaks only of referrals led by the person responsible; others need not read it. */
    private static void refuseIfPolicySaysSo(EntityManager em, ReferralRequests.NewReferral body) {
        if (body.ledBy != ReferralTerms.LedBy.PERSON_RESPONSIBLE) {
            return;
        }
        RegionPolicy policy = em.find(RegionPolicy.class, body.region);
        if (policy != null && policy.refusesResponsibleLedFor().contains(body.offenceCategory)) {
            throw ProblemException.conflict("responsible-led-refused", "Region '" + body.region + "' does not accept "
                    + "referrals led by the person responsible for " + body.offenceCategory + " offences. "
                    + "Only the person harmed can start restorative justice for these; nothing was recorded.");
        }
    }
}
