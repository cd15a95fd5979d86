package org.kintsugi.core.internal.venues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.people.Region;
import org.kintsugi.core.internal.rest.Preconditions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The venue register: hub staff add, describe, check and retire venues; staff of the region read them. */
@Component(service = VenueRegister.class)
public class VenueRegister {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;

    @Activate
    public VenueRegister(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
    }

    /** A region's venues by name; only those whose check runs out within {@code expiringWithinDays}, if given. */
    public List<VenueView> list(Caller caller, String region, Integer expiringWithinDays, boolean includeRetired) {
        VenueScope.requireSees(caller, region);
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireRegion(em, region);
            int months = VenueSettings.monthsIn(em, region);
            return em.createQuery("select v from Venue v where v.regionCode = :region" + (includeRetired ? ""
                    : " and v.retiredAt is null") + " order by v.name, v.id", Venue.class).setParameter("region", region)
                    .getResultList().stream().map(v -> view(v, months, today))
                    .filter(v -> expiringWithinDays == null || v.checkRunsOut == null
                            || v.checkRunsOut.isBefore(today.plusDays(expiringWithinDays + 1L)))
                    .collect(Collectors.toList());
        });
    }

    /**
     * The venues a meeting from {@code start} to {@code end} could book: not retired, checked for every day of it,
     * and with no standing booking overlapping it. What {@code VenueBookings.book} would accept, as a list to pick from.
     */
    public List<VenueView> freeFor(Caller caller, String region, Instant start, Instant end) {
        VenueScope.requireSees(caller, region);
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireRegion(em, region);
            int months = VenueSettings.monthsIn(em, region);
            return em.createQuery("select v from Venue v where v.regionCode = :region and v.retiredAt is null and not exists "
                    + "(select b from VenueBookingRow b where b.venueId = v.id and b.releasedAt is null and b.startsAt < :end "
                    + "and b.endsAt > :start) order by v.name, v.id", Venue.class).setParameter("region", region)
                    .setParameter("start", start).setParameter("end", end).getResultList().stream()
                    .filter(v -> VenueRules.checkCurrent(v.getCheckedOn(), months, VenueRules.day(start), VenueRules.day(end)))
                    .map(v -> view(v, months, today)).collect(Collectors.toList());
        });
    }

    public VenueView create(Caller caller, String region, VenueRequests.Description body) {
        VenueScope.requireManages(caller, region);
        LocalDate today = today();
        validate(body, today, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            requireRegion(em, region);
            Venue venue = new Venue(UUID.randomUUID().toString(), region, Instant.now());
            describe(venue, body);
            if (body.checkedOn != null) {
                venue.checked(body.checkedOn, caller.getName());
            }
            em.persist(venue);
            em.flush();
            return view(venue, VenueSettings.monthsIn(em, region), today);
        });
    }

    public VenueView get(Caller caller, String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Venue venue = find(em, caller, id, LockModeType.NONE);
            return view(venue, VenueSettings.monthsIn(em, venue.getRegionCode()), today());
        });
    }

    /** Describes it anew, if nobody changed it since {@code version} (else 412, nothing changed). */
    public VenueView update(Caller caller, String id, long version, VenueRequests.Description body) {
        validate(body, today(), false);
        return change(caller, id, version, venue -> describe(venue, body));
    }

    public VenueView recordCheck(Caller caller, String id, VenueRequests.SafetyCheck body) {
        LocalDate checkedOn = body == null ? null : body.checkedOn;
        List<FieldProblem> problems = VenueRules.checkProblems(checkedOn, today());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return change(caller, id, null, venue -> venue.checked(checkedOn, caller.getName()));
    }

    public VenueView retire(Caller caller, String id) {
        return change(caller, id, null, venue -> venue.retire(Instant.now()));
    }

    private VenueView change(Caller caller, String id, Long version, Consumer<Venue> change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Venue venue = find(em, caller, id, LockModeType.PESSIMISTIC_WRITE); // a racing edit waits, then sees the new version
            VenueScope.requireManages(caller, venue.getRegionCode());
            if (version != null && venue.getVersion() != version) {
                throw Preconditions.stale();
            }
            change.accept(venue);
            em.lock(venue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return view(venue, VenueSettings.monthsIn(em, venue.getRegionCode()), today());
        });
    }

    static Venue find(EntityManager em, Caller caller, String id, LockModeType lock) {
        Venue venue = id == null ? null : em.find(Venue.class, id, lock);
        if (venue == null) {
            throw ProblemException.notFound();
        }
        VenueScope.requireSees(caller, venue.getRegionCode());
        return venue;
    }

    private void describe(Venue venue, VenueRequests.Description body) {
        venue.describe(body.name.trim(), cipher.encrypt(body.address.trim(), venue.getId(), "address"),
                body.facilities.isEmpty() ? EnumSet.noneOf(Facility.class) : EnumSet.copyOf(body.facilities),
                body.neutralGround);
    }

    private static void validate(VenueRequests.Description body, LocalDate today, boolean creating) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("name"));
        }
        List<FieldProblem> problems = new ArrayList<>(VenueRules.problems(body, today));
        if (creating && body.checkedOn != null) {
            problems.addAll(VenueRules.checkProblems(body.checkedOn, today));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    static void requireRegion(EntityManager em, String region) {
        if (em.find(Region.class, region) == null) {
            throw ProblemException.notFound();
        }
    }

    VenueView view(Venue v, int months, LocalDate today) {
        return new VenueView(v, cipher.decrypt(v.getAddressSealed(), v.getId(), "address"), months, today);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
