package org.kintsugi.core.internal.work;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/work}: what waits for the caller today, in the core and in every module offered to them. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("work")
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource implements ApiResource {
    private final MyWork work;

    @Activate
    public WorkResource(@Reference MyWork work) {
        this.work = work;
    }

    @GET
    public WorkViews.Page mine(@Context SecurityContext security) {
        return work.of(Caller.of(security));
    }
}
