package org.kintsugi.core.internal.lifecycle;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/tasks/overdue}: what is late on the caller's cases, oldest first. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource implements ApiResource {
    private static final int MAX_PAGE = 200;

    private final CaseTasks tasks;

    @Activate
    public TaskResource(@Reference CaseTasks tasks) {
        this.tasks = tasks;
    }

    @GET
    @Path("overdue")
    public List<OverdueTask> overdue(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset, @Context SecurityContext security) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.invalid(FieldProblem.between("limit", 1, MAX_PAGE));
        }
        if (offset < 0) {
            throw ProblemException.invalid(FieldProblem.notNegative("offset"));
        }
        Caller caller = Caller.of(security);
        if (!CaseScope.mayList(caller)) {
            throw ProblemException.forbidden("Your role does not work on cases.");
        }
        return tasks.overdue(caller, limit, offset);
    }
}
