package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kintsugi.core.internal.people.Region;

/**
 * Gives a new case its reference: the region's code, the year it opened (UTC) and the next number in them, as
 * in {@code HUB-NORTH-2026-0042}. Short enough to say on the phone, never made from anything about a person.
 * Existing cases were numbered the same way when references came (db changeset core-25).
 */
final class CaseReferences {
    private CaseReferences() {
    }

    /** Inside the transaction that opens the case: numbers are never given twice, and none is lost to a rollback. */
    static String next(EntityManager em, String regionCode, Instant openedAt) {
        // Two cases opening in one region at once take their numbers one after the other; other regions go on.
        em.find(Region.class, regionCode, LockModeType.PESSIMISTIC_WRITE);
        int year = openedAt.atZone(ZoneOffset.UTC).getYear();
        int updated = em.createNativeQuery("UPDATE case_reference_counter SET last_number = last_number + 1 "
                + "WHERE region_code = ? AND ref_year = ?").setParameter(1, regionCode).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO case_reference_counter (region_code, ref_year, last_number) VALUES (?, ?, 1)")
                    .setParameter(1, regionCode).setParameter(2, year).executeUpdate();
        }
        Number number = (Number) em.createNativeQuery("SELECT last_number FROM case_reference_counter "
                + "WHERE region_code = ? AND ref_year = ?").setParameter(1, regionCode).setParameter(2, year).getSingleResult();
        return format(regionCode, year, number.intValue());
    }

    /** Four digits at least, as the migration writes them. */
    static String format(String regionCode, int year, int number) {
        return String.format(Locale.ROOT, "%s-%d-%04d", regionCode.toUpperCase(Locale.ROOT), year, number);
    }
}
