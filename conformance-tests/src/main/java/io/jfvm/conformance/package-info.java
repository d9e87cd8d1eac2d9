/**
 * Conformance vectors: the loader ({@link io.jfvm.conformance.VectorLoader}), the bundles they run with
 * ({@link io.jfvm.conformance.BundleLibrary}), the runner and its exact comparison
 * ({@link io.jfvm.conformance.VectorRunner}), parallel runs ({@link io.jfvm.conformance.VectorSuite}) and the JSON
 * report ({@link io.jfvm.conformance.JsonReport}).
 */
package io.jfvm.conformance;
