package org.kintsugi.core.internal.rest.server;

import java.time.Clock;
import java.util.Hashtable;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.transaction.TransactionManager;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.resource.ResourceManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.coordinator.Coordinator;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Owns the CXF bus of the API and registers its servlet at {@code /api/*} with the HTTP whiteboard.
 * Every JAX-RS server (the core's and one per module) is created on this bus, so they share the
 * servlet but can be added and removed one at a time without touching the others.
 */
@Component(service = ApiBus.class)
public class ApiBus {
    private final Bus bus;
    private final ServiceRegistration<Servlet> registration;

    /** For the servlet's safety net: a request's transaction never outlives the request. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TransactionManager transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Coordinator coordinator;

    @Activate
    public ApiBus(BundleContext context) {
        bus = new CXFBusFactory().createBus();
        bus.getExtension(ResourceManager.class).addResourceResolver(new ContextLoaderResolver());
        bus.getOutInterceptors().add(new ResponseDateInterceptor(Clock.systemUTC()));
        ApiServlet servlet = new ApiServlet(() -> Optional.ofNullable(transactions), () -> Optional.ofNullable(coordinator));
        servlet.setBus(bus);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/api/*");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "kintsugi-api");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ASYNC_SUPPORTED, Boolean.TRUE);
        // CXF would otherwise list every endpoint at /api/services to anyone.
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + "hide-service-list-page", "true");
        registration = context.registerService(Servlet.class, servlet, props);
    }

    public Bus bus() {
        return bus;
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        bus.shutdown(true);
    }
}
