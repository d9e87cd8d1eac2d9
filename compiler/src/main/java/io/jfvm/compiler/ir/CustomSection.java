package io.jfvm.compiler.ir;

/** A custom section kept verbatim, with the id of the section it followed so encoding can keep its place. */
public record CustomSection(String name, byte[] bytes, int afterSectionId) {}
