package org.kintsugi.core.internal.summary;

import java.time.Instant;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.assessment.AssessmentReader;
import org.kintsugi.core.internal.cases.CaseService;
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.internal.participants.CaseNotes;
import org.kintsugi.core.internal.rest.pipeline.AuditNote;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/cases/{id}/summary?sealed=leave-out|include}: the case to print or save. Sealed details are
 * left out unless asked for; either way the audit row says which was chosen ({@code summary:sealed=...}).
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/summary")
@Produces(MediaType.APPLICATION_JSON)
public class CaseSummaryResource implements ApiResource {
    static final String LEAVE_OUT = "leave-out";
    static final String INCLUDE = "include";

    private final CaseService cases;
    private final AssessmentReader assessments;
    private final CaseNotes notes;

    @Activate
    public CaseSummaryResource(@Reference CaseService cases, @Reference AssessmentReader assessments,
            @Reference CaseNotes notes) {
        this.cases = cases;
        this.assessments = assessments;
        this.notes = notes;
    }

    @GET
    public CaseSummary summary(@PathParam("id") String caseId, @QueryParam("sealed") @DefaultValue(LEAVE_OUT) String sealed,
            @Context SecurityContext security, @Context HttpServletRequest request) {
        if (!LEAVE_OUT.equals(sealed) && !INCLUDE.equals(sealed)) {
            throw ProblemException.invalid(FieldProblem.oneOf("sealed", List.of(LEAVE_OUT, INCLUDE)));
        }
        Caller caller = Caller.of(security);
        CaseViews.Detail c = cases.get(caller, caseId); // 404 outside the caller's scope, before anything else
        boolean include = INCLUDE.equals(sealed);
        AuditNote.add(request, "summary:sealed=" + sealed);
        return new CaseSummary(c, assessments.assessments(caller, caseId), assessments.decisions(caller, caseId),
                include ? notes.list(caller, caseId) : List.of(), include, caller.getName(), Instant.now());
    }
}
