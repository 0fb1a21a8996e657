"""Hand a planned day over: to a phone (QR codes with ``geo:`` and OpenStreetMap links, GPX, KML),
to a calendar (.ics of the agreed appointments) and to paper (the itinerary PDF). Each writer
takes the itinerary of ``services.route_export.day_itinerary``; none needs an API key or a network."""
