package org.kintsugi.core.internal.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.rest.Preconditions;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.security.AccountService;
import org.kintsugi.core.internal.security.CallerCache;
import org.kintsugi.core.internal.security.UserAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creates users and changes their access, within the administrator's scope. */
@Component(service = UserAdminService.class)
public class UserAdminService {
    private final JpaTemplate jpa;
    private final AccountService accounts;
    private final CallerCache callers;

    @Activate
    public UserAdminService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference AccountService accounts, @Reference CallerCache callers) {
        this.jpa = jpa;
        this.callers = callers;
        this.accounts = accounts;
    }

    public List<UserView> list(Caller caller) {
        AdminScope.requireAdministrator(caller);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select u from UserAccount u order by u.username", UserAccount.class).getResultList().stream()
                .filter(user -> AdminScope.covers(caller, user.getRegions()))
                .map(user -> view(em, user)).collect(Collectors.toList()));
    }

    public UserView get(Caller caller, String id) {
        AdminScope.requireAdministrator(caller);
        return jpa.txExpr(TransactionType.Required, em -> view(em, find(em, caller, id, LockModeType.NONE)));
    }

    public UserView create(Caller caller, PeopleRequests.NewUser body) {
        AdminScope.requireAdministrator(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            UserValidation.check().username(body.username).displayName(body.displayName)
                    .access(body.roles, body.regions, body.practitioner, regionCodes(em)).orThrow();
            AdminScope.requireGrantable(caller, body.roles, regionsOf(body.regions));
            UserAccount account = accounts.prepare(body.username, body.displayName.trim(), body.password);
            if (!em.createQuery("select u.id from UserAccount u where u.username = :name")
                    .setParameter("name", account.getUsername()).getResultList().isEmpty()) {
                throw ProblemException.invalid(new FieldProblem("username", "is already in use", "username-taken"));
            }
            account.getRoles().addAll(body.roles);
            account.getRegions().addAll(regionsOf(body.regions));
            account.setOrganisationId(organisation(em, body.roles, regionsOf(body.regions), body.organisationId));
            em.persist(account);
            em.flush(); // the profile's foreign key needs the account row first; JPA does not know they relate
            PractitionerProfile profile = profile(em, account, body.practitioner);
            em.flush();
            return new UserView(account, profile);
        });
    }

    /** Replaces roles, regions, practitioner record and enabled flag, if nobody changed them since {@code version}. */
    public UserView changeAccess(Caller caller, String id, long version, PeopleRequests.Access body) {
        AdminScope.requireAdministrator(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            // Locked first: a racing edit waits here, then sees the new version and gets a clean 412.
            UserAccount account = find(em, caller, id, LockModeType.PESSIMISTIC_WRITE);
            if (account.getId().equals(caller.userId().toString())) {
                throw ProblemException.conflict("own-access", "Nobody changes their own access; ask another administrator.");
            }
            if (account.getVersion() != version) {
                throw stale();
            }
            UserValidation.check().access(body.roles, body.regions, body.practitioner, regionCodes(em)).orThrow();
            AdminScope.requireGrantable(caller, body.roles, regionsOf(body.regions));
            callers.changing(account.getId()); // their next request, on this node too, sees the new access
            account.getRoles().clear();
            account.getRoles().addAll(body.roles);
            account.getRegions().clear();
            account.getRegions().addAll(regionsOf(body.regions));
            account.setOrganisationId(organisation(em, body.roles, regionsOf(body.regions), body.organisationId));
            if (body.enabled != null) {
                account.setEnabled(body.enabled);
            }
            PractitionerProfile profile = profile(em, account, body.practitioner);
            // Element collections alone do not bump the version; this does, so a racing edit fails.
            em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return new UserView(account, profile);
        });
    }

    static ProblemException stale() {
        return Preconditions.stale();
    }

    private static UserAccount find(EntityManager em, Caller caller, String id, LockModeType lock) {
        UserAccount account = id == null ? null : em.find(UserAccount.class, id, lock);
        if (account == null || !AdminScope.covers(caller, account.getRegions())) {
            throw ProblemException.notFound();
        }
        return account;
    }

    /** Partner referrers must belong to an organisation working in one of their regions. */
    private static String organisation(EntityManager em, Set<Role> roles, Set<String> regions, String organisationId) {
        if (organisationId == null) {
            if (roles.contains(Role.PARTNER_REFERRER)) {
                throw ProblemException.invalid(new FieldProblem("organisationId", "is required for partner referrers", "organisation-required"));
            }
            return null;
        }
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null || org.getRegions().stream().noneMatch(regions::contains)) {
            throw ProblemException.invalid(new FieldProblem("organisationId", "must be an organisation working in one of the user's regions", "organisation-outside-regions"));
        }
        return org.getId();
    }

    private static PractitionerProfile profile(EntityManager em, UserAccount account, PeopleRequests.Practitioner values) {
        String userId = account.getId();
        PractitionerProfile profile = em.find(PractitionerProfile.class, userId);
        if (values == null) {
            if (profile != null) {
                em.remove(profile);
            }
            return null;
        }
        requireSupervisor(em, account, values.supervisorId);
        if (profile == null) {
            profile = new PractitionerProfile(userId);
            em.persist(profile);
        }
        profile.update(values);
        return profile;
    }

    /** A supervisor is an enabled case supervisor sharing a region with the practitioner, and never themselves. */
    private static void requireSupervisor(EntityManager em, UserAccount account, String supervisorId) {
        if (supervisorId == null) {
            return;
        }
        UserAccount supervisor = em.find(UserAccount.class, supervisorId);
        if (supervisor == null || supervisorId.equals(account.getId()) || !supervisor.isEnabled()
                || !supervisor.getRoles().contains(Role.CASE_SUPERVISOR)
                || supervisor.getRegions().stream().noneMatch(account.getRegions()::contains)) {
            throw ProblemException.invalid(new FieldProblem("practitioner.supervisorId",
                    "must be another, active case supervisor of one of this user's regions", "supervisor-not-eligible"));
        }
    }

    private static UserView view(EntityManager em, UserAccount account) {
        return new UserView(account, em.find(PractitionerProfile.class, account.getId()));
    }

    private static Set<String> regionCodes(EntityManager em) {
        return new HashSet<>(em.createQuery("select r.code from Region r", String.class).getResultList());
    }

    private static Set<String> regionsOf(Set<String> regions) {
        return regions == null ? Set.of() : regions;
    }
}
