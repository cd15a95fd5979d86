package org.kintsugi.core.internal.referral;

import java.time.Instant;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.db.CoreUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A region's hub staff decide on a waiting referral: decline it with a reason, or accept it into a case. */
@Component(service = ReferralDecisions.class)
public class ReferralDecisions {
    private static final int MAX_REASON = 2000;

    private final JpaTemplate jpa;
    private final ReferralSeals seals;
    private final ReferralInbox inbox;

    @Activate
    public ReferralDecisions(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference ReferralSeals seals,
            @Reference ReferralInbox inbox) {
        this.jpa = jpa;
        this.seals = seals;
        this.inbox = inbox;
    }

    /** The referrer sees only that it was declined; hub staff see why. */
    public ReferralViews.Summary decline(Caller caller, String id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw ProblemException.invalid(FieldProblem.requiredAtMost("reason", MAX_REASON));
        }
        jpa.tx(TransactionType.Required, em -> lockForDecision(em, caller, id)
                .decline(caller.getName(), Instant.now(), seals.sealReason(id, reason.trim())));
        return inbox.get(caller, id);
    }

    /**
     * Accepts a waiting referral inside the caller's transaction and hands back its parties, so the case
     * opened from it commits with the decision or not at all.
     */
    public AcceptedReferral accept(EntityManager em, Caller caller, String id) {
        Referral referral = lockForDecision(em, caller, id);
        referral.accept(caller.getName(), Instant.now());
        return new AcceptedReferral(referral, seals.harmed(referral), seals.responsible(referral));
    }

    /** Locked: of two coordinators deciding at once, the second sees the first decision. */
    private static Referral lockForDecision(EntityManager em, Caller caller, String id) {
        Referral referral = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || !ReferralScope.visible(caller, referral)) {
            throw ProblemException.notFound();
        }
        if (!ReferralScope.seesDetails(caller, referral)) {
            throw ProblemException.forbidden("Only the region's hub staff decide on referrals.");
        }
        if (referral.getStatus() != ReferralTerms.Status.RECEIVED) {
            throw ProblemException.conflict("referral-already-decided",
                    "This referral was already " + referral.getStatus().name().toLowerCase() + "; nothing was changed.");
        }
        return referral;
    }
}
