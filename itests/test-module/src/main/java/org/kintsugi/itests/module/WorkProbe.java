package org.kintsugi.itests.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.spi.work.WorkEntry;
import org.kintsugi.core.spi.work.WorkList;
import org.kintsugi.core.spi.work.WorkSource;
import org.osgi.service.component.annotations.Component;

/**
 * A work source that says what a test tells it to ({@code PUT /api/modules/it-echo/work/{username}}): entries
 * of any case ids, in scope or not, or a failure, so a test can see that the core drops the entries the
 * caller may not see and shows the rest of the page when a module fails.
 */
@Component(service = {WorkSource.class, ApiResource.class}, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("work")
public class WorkProbe implements WorkSource, ApiResource {
    /** By username: the case ids to offer as work, or null to fail. */
    private static final Map<String, List<String>> TOLD = new ConcurrentHashMap<>();
    private static final List<String> FAIL = List.of();

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void tell(@PathParam("username") String username, Map<String, Object> what) {
        @SuppressWarnings("unchecked")
        List<String> cases = (List<String>) what.get("caseIds");
        TOLD.put(username, Boolean.TRUE.equals(what.get("fail")) ? FAIL : List.copyOf(cases));
    }

    @Override
    public String moduleId() {
        return EchoService.ID;
    }

    @Override
    public List<WorkList> waitingFor(Caller caller, LocalDate today) {
        List<String> cases = TOLD.getOrDefault(caller.getName(), List.of());
        if (cases == FAIL) {
            throw new IllegalStateException("Told to fail for " + caller.getName());
        }
        List<WorkEntry> entries = cases.stream().map(id -> new WorkEntry(id, "itEcho.work.entry",
                Map.of("id", id), id, today, false)).collect(Collectors.toList());
        return List.of(new WorkList("echo-work", "itEcho.work", "echo", entries.size(), 0, entries));
    }
}
