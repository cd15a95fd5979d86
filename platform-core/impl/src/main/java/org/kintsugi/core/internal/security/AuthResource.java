package org.kintsugi.core.internal.security;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/auth}: log in, log out, who am I, change my password. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource implements ApiResource {
    private final LoginService logins;
    private final ClientAddresses addresses;
    private final SessionService sessions;
    private final AccountService accounts;

    @Activate
    public AuthResource(@Reference LoginService logins, @Reference SessionService sessions,
            @Reference AccountService accounts, @Reference ClientAddresses addresses) {
        this.logins = logins;
        this.addresses = addresses;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @POST
    @Path("login")
    @PermitAll
    public IssuedToken login(AuthRequests.Login body, @Context HttpServletRequest request) {
        List<FieldProblem> missing = new ArrayList<>();
        if (body == null || body.username == null || body.username.isBlank()) {
            missing.add(FieldProblem.required("username"));
        }
        if (body == null || body.password == null || body.password.isEmpty()) {
            missing.add(FieldProblem.required("password"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        if (body.username.length() > 100 || body.password.length() > 4 * PasswordPolicy.MAX_LENGTH) {
            throw new ProblemException(401, "invalid-credentials", "Login failed",
                    "The user name or password is not correct.", List.of());
        }
        return logins.login(body.username, body.password, addresses.of(request));
    }

    @POST
    @Path("logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.revoke(authorization.substring("Bearer ".length()).trim());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public AuthRequests.Me me(@Context SecurityContext security) {
        return new AuthRequests.Me(Caller.of(security));
    }

    @PUT
    @Path("password")
    public Response changePassword(AuthRequests.PasswordChange body, @Context SecurityContext security,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("newPassword"));
        }
        accounts.changePassword(Caller.of(security), authorization.substring("Bearer ".length()).trim(),
                body.currentPassword, body.newPassword);
        return Response.noContent().build();
    }
}
