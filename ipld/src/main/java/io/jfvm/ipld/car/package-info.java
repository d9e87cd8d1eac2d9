/** CARv1 files: streaming, hash-verifying reading (plain or gzip) and writing. */
package io.jfvm.ipld.car;
