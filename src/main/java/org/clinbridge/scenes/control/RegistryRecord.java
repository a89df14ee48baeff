package org.clinbridge.scenes.control;

/** One record read from a registry file: a study, or the reason it cannot be one. */
public sealed interface RegistryRecord permits RegistryStudy, RegistryStudy.Rejection {}
