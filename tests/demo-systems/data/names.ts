/** Common Danish names for the generated (fictional) population. */
export const FEMALE_FIRST = [
  'Anne', 'Kirsten', 'Mette', 'Hanne', 'Anna', 'Helle', 'Susanne', 'Lene', 'Maria', 'Marianne', 'Lone', 'Camilla',
  'Pia', 'Louise', 'Charlotte', 'Tina', 'Gitte', 'Bente', 'Ida', 'Emma', 'Sofie', 'Julie', 'Laura', 'Freja', 'Clara',
  'Signe', 'Cecilie', 'Katrine', 'Maja', 'Nanna', 'Rikke', 'Sara', 'Line', 'Malene', 'Birgitte', 'Karen', 'Inge',
  'Astrid', 'Ella', 'Alma', 'Karla', 'Josefine', 'Amalie', 'Mathilde', 'Ditte', 'Trine', 'Heidi', 'Dorthe',
] as const;

export const MALE_FIRST = [
  'Peter', 'Jens', 'Lars', 'Michael', 'Henrik', 'Thomas', 'Søren', 'Jan', 'Niels', 'Christian', 'Martin', 'Anders',
  'Morten', 'Jesper', 'Mads', 'Rasmus', 'Per', 'Hans', 'Kim', 'Jørgen', 'Mikkel', 'Frederik', 'Emil', 'Oliver',
  'William', 'Noah', 'Lucas', 'Victor', 'Magnus', 'Oscar', 'Carl', 'Alfred', 'Malthe', 'Mathias', 'Jonas', 'Kasper',
  'Ole', 'Bo', 'Torben', 'Flemming', 'Brian', 'Allan', 'Steen', 'Klaus', 'Jakob', 'Simon', 'Nikolaj', 'Tobias',
] as const;

export const SURNAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Andersen', 'Pedersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Schmidt', 'Eriksen',
  'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen',
  'Vestergaard', 'Nissen', 'Lauridsen', 'Kjær', 'Jespersen', 'Mogensen', 'Skov', 'Dam', 'Bach', 'Kjeldsen', 'Bak',
] as const;

export const STREETS = [
  'Skolevej', 'Kirkevej', 'Møllevej', 'Engvej', 'Bøgevej', 'Egevej', 'Strandvejen', 'Stationsvej', 'Vestergade',
  'Østergade', 'Nørregade', 'Søndergade', 'Parkvej', 'Rosenvænget', 'Lindevej', 'Skovbrynet', 'Bakkevej', 'Ågade',
] as const;

export const GP_CLINICS = ['Lægehuset Torvet', 'Lægerne i Midtbyen', 'Demoby Lægecenter', 'Havnens Lægehus', 'Lægeklinikken Nord'] as const;
