package org.kintsugi.core.internal.lifecycle;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/cases/{id}/stage|close|re-engage|tasks}: moving a case on, closing and re-engaging it,
 * tasks done. Rooted at {@code cases} like CaseResource: a longer root ({@code cases/{id}}) would win
 * the JAX-RS match for {@code /cases/{id}} itself and hide the case page.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleResource implements ApiResource {
    private final CaseLifecycle lifecycle;
    private final CaseTasks tasks;
    private final CaseActions actions;

    @Activate
    public LifecycleResource(@Reference CaseLifecycle lifecycle, @Reference CaseTasks tasks,
            @Reference CaseActions actions) {
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.actions = actions;
    }

    /** What the caller may do to the case now; a refused action names its rule and says why. */
    @GET
    @Path("{id}/actions")
    public List<CaseActions.Action> actions(@PathParam("id") String caseId, @Context SecurityContext security) {
        return actions.of(Caller.of(security), caseId);
    }

    /** To the next stage, if its guards hold: otherwise 409 naming the rule. */
    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail move(@PathParam("id") String caseId, LifecycleRequests.Move body,
            @Context SecurityContext security) {
        return lifecycle.move(Caller.of(security), caseId, body == null ? null : body.to);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail close(@PathParam("id") String caseId, LifecycleRequests.Close body,
            @Context SecurityContext security) {
        return lifecycle.close(Caller.of(security), caseId, body);
    }

    @POST
    @Path("{id}/re-engage")
    public CaseViews.Detail reEngage(@PathParam("id") String caseId, @Context SecurityContext security) {
        return lifecycle.reEngage(Caller.of(security), caseId);
    }

    @POST
    @Path("{id}/tasks/{taskId}/done")
    public CaseViews.Detail taskDone(@PathParam("id") String caseId, @PathParam("taskId") String taskId,
            @Context SecurityContext security) {
        return tasks.done(Caller.of(security), caseId, taskId);
    }
}
