package org.kintsugi.core.internal.security;

import java.time.Instant;
import java.util.UUID;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creates accounts and changes passwords, always through the password policy. */
@Component(service = AccountService.class)
public class AccountService {
    private final JpaTemplate jpa;
    private final SessionService sessions;
    private final PasswordHasher hasher = new PasswordHasher();
    private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.load());

    @Activate
    public AccountService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference SessionService sessions) {
        this.jpa = jpa;
        this.sessions = sessions;
    }

    public PasswordPolicy policy() {
        return policy;
    }

    public long countUsers() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult());
    }

    /** A new, unsaved, enabled account; refuses a password the policy does not accept. */
    public UserAccount prepare(String username, String displayName, String password) {
        String key = LoginService.usernameKey(username);
        policy.fieldProblem("password", password, key).ifPresent(problem -> {
            throw ProblemException.invalid(problem);
        });
        return new UserAccount(UUID.randomUUID().toString(), key, displayName,
                hasher.hash(PasswordPolicy.normalise(password)), Instant.now());
    }

    /** Creates an enabled account with these roles; the password must satisfy the policy. */
    public String create(String username, String displayName, String password, Role... roles) {
        UserAccount account = prepare(username, displayName, password);
        String id = account.getId();
        for (Role role : roles) {
            account.getRoles().add(role);
        }
        jpa.tx(TransactionType.Required, em -> em.persist(account));
        return id;
    }

    /** Needs the current password; ends the user's other sessions, keeps the one making the change. */
    public void changePassword(Caller caller, String currentToken, String current, String next) {
        if (next == null || next.isEmpty()) {
            throw ProblemException.invalid(FieldProblem.required("newPassword"));
        }
        policy.fieldProblem("newPassword", next, caller.getName()).ifPresent(problem -> {
            throw ProblemException.invalid(problem);
        });
        jpa.tx(TransactionType.Required, em -> {
            UserAccount account = em.find(UserAccount.class, caller.userId().toString());
            if (account == null || current == null
                    || !hasher.verify(PasswordPolicy.normalise(current), account.getPasswordHash())) {
                throw ProblemException.invalid(new FieldProblem("currentPassword", "is not correct", "password-incorrect"));
            }
            account.changePassword(hasher.hash(PasswordPolicy.normalise(next)), Instant.now());
            sessions.revokeOthers(em, account.getId(), currentToken);
        });
    }
}
