/**
 * What ${serviceName} publishes: the shape of its answers, which clients and other bundles may rely on.
 * Everything else of the module is in {@code internal} and never exported.
 */
@Export
@Version("1.0.0")
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
