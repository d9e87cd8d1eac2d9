/** The Filecoin AMT (fvm_ipld_amt v3 format), with lazily loaded nodes. */
package io.jfvm.ipld.amt;
