/** The Filecoin HAMT (fvm_ipld_hamt v3 format), with lazily loaded nodes. */
package io.jfvm.ipld.hamt;
