package org.kintsugi.core.internal.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.people.PractitionerProfile;
import org.kintsugi.core.internal.people.Region;
import org.kintsugi.core.internal.security.UserAccount;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/regions/{code}/practitioners}: whom the region's hub staff may allocate as facilitators,
 * with their training and whether their supervision and observed practice are current. Only names and
 * practice facts: nothing about cases.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("regions/{code}/practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class FacilitatorCandidatesResource implements ApiResource {
    private final JpaTemplate jpa;

    @Activate
    public FacilitatorCandidatesResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @GET
    @Operation(summary = "The region's practitioners who could facilitate, and whether each may now")
    public List<Candidate> list(@PathParam("code") String code, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        boolean hubStaff = caller.hasRole(Role.NATIONAL_ADMIN)
                || (caller.hasAnyRole(Role.HUB_ADMIN, Role.COORDINATOR) && caller.regions().contains(code));
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!hubStaff || em.find(Region.class, code) == null) {
                throw ProblemException.notFound();
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return em.createQuery("select u from UserAccount u where :region member of u.regions "
                    + "and :role member of u.roles and u.enabled = true order by u.displayName, u.username", UserAccount.class)
                    .setParameter("region", code).setParameter("role", Role.PRACTITIONER).getResultList().stream()
                    .map(u -> candidate(em, u, today)).collect(Collectors.toList());
        });
    }

    private static Candidate candidate(EntityManager em, UserAccount user, LocalDate today) {
        PractitionerProfile profile = em.find(PractitionerProfile.class, user.getId());
        Candidate c = new Candidate();
        c.id = user.getId();
        c.displayName = user.getDisplayName() == null ? user.getUsername() : user.getDisplayName();
        if (profile == null) {
            c.lapse = "no-practitioner-record";
            return c;
        }
        c.registrationLevel = profile.getRegistrationLevel() == null ? null : profile.getRegistrationLevel().name();
        c.sexualHarmTrained = profile.isSexualHarmTrained();
        c.domesticAbuseTrained = profile.isDomesticAbuseTrained();
        try {
            FacilitatorRules.requireCurrent(profile, today);
            c.current = true;
        } catch (ProblemException lapsed) {
            c.lapse = lapsed.getType();
        }
        return c;
    }

    public static final class Candidate {
        public String id;
        public String displayName;
        public String registrationLevel;
        public boolean sexualHarmTrained;
        public boolean domesticAbuseTrained;
        /** Supervised within 12 weeks and observed within the year: may be allocated now. */
        public boolean current;
        /** Why not, when not: {@code supervision-lapsed}, {@code observation-lapsed}, {@code no-practitioner-record}. */
        public String lapse;
    }
}
