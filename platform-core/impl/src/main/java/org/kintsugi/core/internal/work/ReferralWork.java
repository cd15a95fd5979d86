package org.kintsugi.core.internal.work;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.referral.Referral;
import org.kintsugi.core.internal.referral.ReferralTerms;
import org.kintsugi.core.spi.work.WorkList;

/**
 * New referrals waiting for a decision, oldest first, for the hub staff of their regions: the people who
 * accept or decline them. Summaries only (category and source), nothing of the parties.
 */
final class ReferralWork {
    private ReferralWork() {
    }

    static Optional<WorkViews.ListView> waiting(EntityManager em, Caller caller) {
        if (!caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR) || caller.regions().isEmpty()) {
            return Optional.empty();
        }
        String where = " from Referral r where r.status = :received and r.regionCode in :regions";
        int total = em.createQuery("select count(r)" + where, Long.class)
                .setParameter("received", ReferralTerms.Status.RECEIVED).setParameter("regions", caller.regions())
                .getSingleResult().intValue();
        List<WorkViews.EntryView> entries = em.createQuery("select r" + where + " order by r.createdAt, r.id", Referral.class)
                .setParameter("received", ReferralTerms.Status.RECEIVED).setParameter("regions", caller.regions())
                .setMaxResults(WorkList.MAX_ENTRIES).getResultList().stream()
                .map(r -> new WorkViews.EntryView(null, null, "work.referral",
                        Map.of("categoryKey", "offence." + r.getOffenceCategory().name(),
                                "sourceKey", "source." + r.getSource().name(),
                                "received", LocalDate.ofInstant(r.getCreatedAt(), ZoneOffset.UTC).toString()),
                        r.getId(), null, false))
                .collect(Collectors.toList());
        return Optional.of(new WorkViews.ListView("core", "new-referrals", "work.newReferrals", "core/referrals",
                total, entries));
    }
}
