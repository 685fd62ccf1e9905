"""Places: the packaged gazetteer, region polygons and place disambiguation."""
