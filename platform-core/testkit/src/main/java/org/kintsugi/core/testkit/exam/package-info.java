/**
 * A module's Pax Exam tests: {@link org.kintsugi.core.testkit.exam.KintsugiRuntime} starts the core runtime with
 * the module installed on a database of its own; inside the container, {@link org.kintsugi.core.testkit.exam.KintsugiClient}
 * drives the API, {@link org.kintsugi.core.testkit.exam.CoreFixtures} makes regions, users and cases, and
 * {@link org.kintsugi.core.testkit.exam.Await} waits with a deadline. Installed into the container as a bundle.
 */
@Export
@Version("1.0.0")
package org.kintsugi.core.testkit.exam;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
