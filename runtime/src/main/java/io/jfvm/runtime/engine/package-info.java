/** The engine: actor code compiled per code CID, instrumented for the network version's FVM line. */
package io.jfvm.runtime.engine;
