package org.kintsugi.core.internal.people;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.rest.Preconditions;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/users}: user administration for national and hub administrators. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserAdminResource implements ApiResource {
    private final UserAdminService users;

    @Activate
    public UserAdminResource(@Reference UserAdminService users) {
        this.users = users;
    }

    @GET
    public List<UserView> list(@Context SecurityContext security) {
        return users.list(Caller.of(security));
    }

    @POST
    public Response create(PeopleRequests.NewUser body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("body"));
        }
        UserView created = users.create(Caller.of(security), body);
        return ApiPaths.created("users/" + created.id).tag(created.version + "").entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        UserView user = users.get(Caller.of(security), id);
        return Response.ok(user).header(HttpHeaders.ETAG, user.etag()).build();
    }

    /** Needs {@code If-Match} with the ETag last read: a change based on stale data is refused. */
    @PUT
    @Path("{id}/access")
    public Response changeAccess(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PeopleRequests.Access body, @Context SecurityContext security) {
        long version = Preconditions.versionFrom(ifMatch);
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("body"));
        }
        UserView user = users.changeAccess(Caller.of(security), id, version, body);
        return Response.ok(user).header(HttpHeaders.ETAG, user.etag()).build();
    }

}
