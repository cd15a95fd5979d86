package org.kintsugi.letterexchange.internal.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;

/** Days a submitted item may wait for review, per region; regions that set none use the default. */
public final class ReviewDays {
    private ReviewDays() {
    }

    public static int of(EntityManager em, String regionCode) {
        RegionSettings settings = em.find(RegionSettings.class, regionCode);
        return settings == null ? RegionSettings.DEFAULT_REVIEW_DAYS : settings.getReviewDays();
    }

    public static Map<String, Integer> of(EntityManager em, Collection<String> regionCodes) {
        Map<String, Integer> days = new HashMap<>();
        if (!regionCodes.isEmpty()) {
            em.createQuery("select s from RegionSettings s where s.regionCode in :codes", RegionSettings.class)
                    .setParameter("codes", regionCodes).getResultList()
                    .forEach(s -> days.put(s.getRegionCode(), s.getReviewDays()));
        }
        regionCodes.forEach(code -> days.putIfAbsent(code, RegionSettings.DEFAULT_REVIEW_DAYS));
        return days;
    }
}
