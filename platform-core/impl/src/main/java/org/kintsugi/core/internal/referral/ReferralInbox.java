package org.kintsugi.core.internal.referral;

import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.db.CoreUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Referrals as each caller may see them: the inbox of a region's hub staff, a referrer's own, one referral. */
@Component(service = ReferralInbox.class)
public class ReferralInbox {
    private final JpaTemplate jpa;
    private final ReferralSeals seals;

    @Activate
    public ReferralInbox(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference ReferralSeals seals) {
        this.jpa = jpa;
        this.seals = seals;
    }

    /** Newest first, ties by id; summaries only. */
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
            return ReferralScope.seesDetails(caller, referral) ? seals.detail(referral) : new ReferralViews.Summary(referral);
        });
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
