package org.kintsugi.core.internal.statistics;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/statistics/cases?groupBy=REGION|STAGE|OFFENCE_CATEGORY|LED_BY}: aggregate figures, never personal data. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource implements ApiResource {
    private final CaseStatistics statistics;

    @Activate
    public StatisticsResource(@Reference CaseStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("cases")
    public StatisticsView cases(@QueryParam("groupBy") String groupBy, @Context SecurityContext security) {
        return statistics.cases(Caller.of(security), groupBy);
    }
}
