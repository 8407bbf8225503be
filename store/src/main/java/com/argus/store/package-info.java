/**
 * The Argus store: the {@link com.argus.store.ArgusHome} folder and the embedded Derby
 * {@link com.argus.store.Workspace} implementing the engine's repositories, one package per
 * aggregate ({@code project}, {@code spec}, {@code run}, {@code audit}). JDBC lives only here.
 */
package com.argus.store;
