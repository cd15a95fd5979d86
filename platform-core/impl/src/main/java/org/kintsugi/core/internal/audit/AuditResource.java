package org.kintsugi.core.internal.audit;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * National administrators check the audit trail end to end: in one request while it is small
 * ({@code GET /api/audit/verify}), or as a run continued step by step, with its progress, from any
 * node ({@code /api/audit/verifications}), however long the trail has grown.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource implements ApiResource {
    /** Beyond this many rows, one request would take minutes: verify in steps instead. */
    static final long MOST_IN_ONE_REQUEST = 2_000_000;
    static final long MOST_PER_STEP = 1_000_000;

    private final AuditVerifier verifier;

    @Activate
    public AuditResource(@Reference AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("verify")
    public AuditVerification verify(@Context SecurityContext security) {
        VerificationRun run = verifier.start(nationalAdmin(security).getName());
        if (run.getTotal() > MOST_IN_ONE_REQUEST) {
            throw ProblemException.conflict("trail-too-long", "The audit trail has " + run.getTotal() + " rows, more "
                    + "than one request verifies; verify it in steps with POST /api/audit/verifications.");
        }
        while (run.getStatus() == VerificationRun.Status.RUNNING) {
            run = verifier.advance(run.getId(), MOST_PER_STEP);
        }
        return run.getStatus() == VerificationRun.Status.INTACT ? AuditVerification.intact(run.getChecked())
                : AuditVerification.broken(run.getChecked(), run.getFirstBrokenSeq(), run.getProblem());
    }

    @POST
    @Path("verifications")
    public Response start(@Context SecurityContext security) {
        VerificationRun run = verifier.start(nationalAdmin(security).getName());
        return ApiPaths.created("audit/verifications/" + run.getId()).entity(new VerificationView(run)).build();
    }

    @GET
    @Path("verifications")
    public List<VerificationView> recent(@Context SecurityContext security) {
        nationalAdmin(security);
        return verifier.recent(20).stream().map(VerificationView::new).collect(Collectors.toList());
    }

    @GET
    @Path("verifications/{id}")
    public VerificationView get(@PathParam("id") String id, @Context SecurityContext security) {
        nationalAdmin(security);
        return new VerificationView(verifier.get(id));
    }

    /** Walks up to {@code rows} more rows; call again until the status is no longer RUNNING. */
    @POST
    @Path("verifications/{id}/continue")
    public VerificationView advance(@PathParam("id") String id, @QueryParam("rows") @DefaultValue("100000") long rows,
            @Context SecurityContext security) {
        nationalAdmin(security);
        if (rows < 1 || rows > MOST_PER_STEP) {
            throw ProblemException.invalid(FieldProblem.between("rows", 1, MOST_PER_STEP));
        }
        return new VerificationView(verifier.advance(id, rows));
    }

    private static Caller nationalAdmin(SecurityContext security) {
        Caller caller = Caller.of(security);
        if (!caller.hasRole(Role.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden("Only a national administrator can verify the audit trail.");
        }
        return caller;
    }
}
