package org.kintsugi.core.internal.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.module.RestorativeService;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/modules}: installed modules, whether each is open to the caller, and where it is enabled. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource implements ApiResource {
    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry, @Reference ModuleEnablement enablement) {
        this.registry = registry;
        this.enablement = enablement;
    }

    @GET
    public List<ModuleView> list(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        List<ModuleView> views = new ArrayList<>();
        for (RestorativeService module : registry.installed().values()) {
            List<String> regions = enablement.enabledRegions(module.id()).stream()
                    .filter(code -> caller.hasRole(Role.NATIONAL_ADMIN) || caller.regions().contains(code))
                    .collect(Collectors.toList());
            views.add(new ModuleView(module, enablement.availableTo(module.id(), caller), regions));
        }
        return views;
    }

    /** One module as a caller sees it: regions listed are only the caller's own (all, for national staff). */
    public static final class ModuleView {
        public final String id;
        public final String name;
        /** Who may take part in this service. */
        public final Set<ParticipantRole> participantRoles;
        /** The kinds of contact between the parties it delivers (none for survivor-only work). */
        public final Set<ContactKind> contactKinds;
        public final boolean enabledForMe;
        public final List<String> enabledRegions;

        ModuleView(RestorativeService module, boolean enabledForMe, List<String> enabledRegions) {
            this.id = module.id();
            this.name = module.displayName();
            this.participantRoles = new TreeSet<>(module.participantRoles());
            this.contactKinds = new TreeSet<>(module.contactKinds());
            this.enabledForMe = enabledForMe;
            this.enabledRegions = enabledRegions;
        }
    }
}
