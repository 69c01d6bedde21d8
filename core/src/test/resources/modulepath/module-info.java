module example {
    requires org.cspstat.core;
}
