/**
 * The state tree (actors HAMT with transactional caches, ID resolution through the init actor) and the
 * builtin-actors manifest.
 */
package io.jfvm.runtime.state;
