package org.kintsugi.core.internal.screens;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.modules.ModuleEnablement;
import org.kintsugi.core.internal.modules.ModuleRegistry;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.spi.ui.ModuleScreen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/screens}: the module screens this user may open now: the module installed and
 * enabled in one of their regions, and one of the screen's roles held. The shell builds its menu from it.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("screens")
@Produces(MediaType.APPLICATION_JSON)
public class ScreensResource implements ApiResource {
    private final ScreenRegistry screens;
    private final ModuleRegistry modules;
    private final ModuleEnablement enablement;

    @Activate
    public ScreensResource(@Reference ScreenRegistry screens, @Reference ModuleRegistry modules,
            @Reference ModuleEnablement enablement) {
        this.screens = screens;
        this.modules = modules;
        this.enablement = enablement;
    }

    @GET
    public List<ScreenView> mine(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return screens.all().stream()
                .filter(s -> modules.find(s.moduleId()).isPresent())
                .filter(s -> s.roles().stream().anyMatch(caller::hasRole))
                .filter(s -> enablement.availableTo(s.moduleId(), caller))
                .sorted(Comparator.comparing(ModuleScreen::placement).thenComparingInt(ModuleScreen::order)
                        .thenComparing(ModuleScreen::moduleId).thenComparing(ModuleScreen::id))
                .map(ScreenView::new).collect(Collectors.toList());
    }

    public static final class ScreenView {
        public final String module;
        public final String id;
        public final String labelKey;
        public final ModuleScreen.Placement placement;
        public final int order;
        /** Absolute path of the screen's ES module. */
        public final String entryPoint;

        ScreenView(ModuleScreen screen) {
            this.module = screen.moduleId();
            this.id = screen.id();
            this.labelKey = screen.labelKey();
            this.placement = screen.placement();
            this.order = screen.order();
            this.entryPoint = "/ui/" + screen.moduleId() + "/" + screen.entryPoint();
        }
    }
}
