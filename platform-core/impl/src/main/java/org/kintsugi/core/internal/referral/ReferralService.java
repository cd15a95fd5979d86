package org.kintsugi.core.internal.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.db.DeferredRows;
import org.kintsugi.core.internal.people.Region;
import org.kintsugi.core.internal.rest.input.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.coordinator.Coordinator;

/** Receives referrals from anywhere, applies the region's policy, and lists them within scope. */
@Component(service = ReferralService.class)
public class ReferralService {
    private final JpaTemplate jpa;
    private final Coordinator coordinator;
    private final FieldCipher cipher;

    @Activate
    public ReferralService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference Coordinator coordinator) {
        this.jpa = jpa;
        this.coordinator = coordinator;
        this.cipher = keys.cipher();
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
            referral.seal(cipher.encrypt(Text.orNull(body.crimeReference), referral.getId(), "crimeReference"),
                    cipher.encrypt(PartyCodec.write(body.personHarmed), referral.getId(), "personHarmed"),
                    cipher.encrypt(PartyCodec.write(body.personResponsible), referral.getId(), "personResponsible"));
            // A new referral only appends: in an API request it commits with others arriving at the same time.
            if (!DeferredRows.defer(coordinator, new ReferralRow(referral))) {
                em.persist(referral);
            }
            return new ReferralViews.Summary(referral);
        });
    }

    public List<ReferralViews.Summary> list(Caller caller, int limit, int offset) {
        if (!ReferralScope.mayList(caller)) {
            throw ProblemException.forbidden("Your role does not see referrals.");
        }
        return jpa.txExpr(TransactionType.Required, em -> scopedQuery(em, caller)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(ReferralViews.Summary::new).collect(Collectors.toList()));
    }

    /** Hub staff get the details (and the pipeline audits the read); the referrer only the summary. */
    public ReferralViews.Summary get(Caller caller, String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Referral referral = em.find(Referral.class, id);
            if (referral == null || !ReferralScope.visible(caller, referral)) {
                throw ProblemException.notFound();
            }
            if (!ReferralScope.seesDetails(caller, referral)) {
                return new ReferralViews.Summary(referral);
            }
            return new ReferralViews.Detail(referral,
                    cipher.decrypt(referral.getCrimeReferenceEnc(), id, "crimeReference"),
                    PartyCodec.read(cipher.decrypt(referral.getHarmedEnc(), id, "personHarmed")),
                    PartyCodec.read(cipher.decrypt(referral.getResponsibleEnc(), id, "personResponsible")),
                    cipher.decrypt(referral.getDecisionReasonEnc(), id, "decisionReason"));
        });
    }

    /** A coordinator declines a waiting referral, with a reason; the referrer sees only that it was declined. */
    public ReferralViews.Summary decline(Caller caller, String id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw ProblemException.invalid(FieldProblem.requiredAtMost("reason", 2000));
        }
        jpa.tx(TransactionType.Required, em -> lockForDecision(em, caller, id)
                .decline(caller.getName(), Instant.now(), cipher.encrypt(reason.trim(), id, "decisionReason")));
        return get(caller, id);
    }

    /**
     * Accepts a waiting referral inside the caller's transaction and hands back its parties, so the case
     * opened from it commits with the decision or not at all.
     */
    public AcceptedReferral accept(EntityManager em, Caller caller, String id) {
        Referral referral = lockForDecision(em, caller, id);
        referral.accept(caller.getName(), Instant.now());
        return new AcceptedReferral(referral,
                PartyCodec.read(cipher.decrypt(referral.getHarmedEnc(), id, "personHarmed")),
                PartyCodec.read(cipher.decrypt(referral.getResponsibleEnc(), id, "personResponsible")));
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

    private static TypedQuery<Referral> scopedQuery(EntityManager em, Caller caller) {
        if (caller.hasRole(Role.NATIONAL_ADMIN)) {
            return em.createQuery("select r from Referral r order by r.createdAt desc, r.id", Referral.class);
        }
        if (caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR) && !caller.regions().isEmpty()) {
            return em.createQuery("select r from Referral r where r.regionCode in :regions or r.referrerUserId = :me "
                    + "order by r.createdAt desc, r.id", Referral.class)
                    .setParameter("regions", caller.regions()).setParameter("me", caller.userId().toString());
        }
        return em.createQuery("select r from Referral r where r.referrerUserId = :me order by r.createdAt desc, r.id",
                Referral.class).setParameter("me", caller.userId().toString());
    }
}
